import type { Modality } from "@/lib/db/generated/enums";

/*
 * Where a session takes place, as every page and document words it. Neutral:
 * the session pages, the documents and the order lines all name places.
 */
const isDistance = (m: Modality) => m === "VIRTUAL_CLASS" || m === "ELEARNING";

export function placeOf(session: {
  modality: Modality;
  placeLabel: string | null;
  venueCity: string | null;
}): string {
  return (
    session.placeLabel ??
    (isDistance(session.modality) ? "En ligne" : (session.venueCity ?? "En ligne"))
  );
}

/** placeOf for a session row that selected its venue's city (sessionPlaceSelect). */
export function sessionPlace(row: {
  modality: Modality;
  placeLabel: string | null;
  venue: { city: string } | null;
}): string {
  return placeOf({
    modality: row.modality,
    placeLabel: row.placeLabel,
    venueCity: row.venue?.city ?? null,
  });
}

/** What sessionPlace reads of a session. */
export const sessionPlaceSelect = {
  modality: true,
  placeLabel: true,
  venue: { select: { city: true } },
} as const;

/** OpenStreetMap link built from the venue's coordinates (no third-party script in the page). */
export function mapUrl(latitude: number | null, longitude: number | null): string | null {
  if (latitude === null || longitude === null) return null;
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}
