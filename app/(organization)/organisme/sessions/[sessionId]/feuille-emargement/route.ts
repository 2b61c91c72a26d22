import { sheetPdfRoute } from "@/lib/attendance/sheet-route";
import { staffSessionWhere } from "@/lib/organizations/access";

/** The session's feuille d'émargement (PDF) for its organization; 404 to anyone else. */
export const GET = sheetPdfRoute(staffSessionWhere);
