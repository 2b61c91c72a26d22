import { sheetPdfRoute } from "@/lib/attendance/sheet-route";
import { trainerSessionWhere } from "@/lib/scopes/trainer";

/** The session's feuille d'émargement (PDF) for its trainer; 404 to anyone else. */
export const GET = sheetPdfRoute(trainerSessionWhere);
