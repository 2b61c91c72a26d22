import "server-only";
import { getDb } from "@/lib/db";
import { documentRegistrationWhere, type DocumentOptions, type DocumentReader } from "./access";
import type { CalendarEvent } from "./ics";

/**
 * "Ajouter à mon agenda": one event per slot of an upcoming session the
 * participant is registered to (confirmed, or pending: then tentative), with
 * the place or how to join. The same conditions as the card's
 * actions.calendar (lib/sessions/session-card.ts); null (then 404) otherwise.
 */
export type SessionCalendar = { title: string; reference: string; events: CalendarEvent[] };

const venueSelect = {
  name: true,
  addressLine1: true,
  addressLine2: true,
  postalCode: true,
  city: true,
  accessInfo: true,
} as const;

export async function getSessionCalendar(
  viewer: DocumentReader,
  registrationId: string,
  options: DocumentOptions,
): Promise<SessionCalendar | null> {
  const allowed = documentRegistrationWhere(viewer, registrationId, options.as);
  if (!allowed) return null;
  const now = options.now ?? new Date();
  const db = await getDb();
  const row = await db.registration.findFirst({
    where: {
      AND: [
        allowed,
        {
          status: { in: ["CONFIRMED", "PENDING"] },
          session: { endsAt: { gte: now }, modality: { not: "ELEARNING" } },
        },
      ],
    },
    select: {
      id: true,
      status: true,
      session: {
        select: {
          reference: true,
          modality: true,
          status: true,
          organizerName: true,
          joinUrl: true,
          updatedAt: true,
          venue: { select: venueSelect },
          course: { select: { title: true } },
          slots: {
            select: {
              id: true,
              startsAt: true,
              endsAt: true,
              title: true,
              venue: { select: venueSelect },
            },
            orderBy: { startsAt: "asc" },
          },
        },
      },
    },
  });
  if (!row || row.session.slots.length === 0) return null;
  const s = row.session;
  const confirmed = row.status === "CONFIRMED";
  const online = s.modality === "VIRTUAL_CLASS";
  // The UID's domain is the app's: stable across downloads, unique across calendars.
  const domain = new URL(options.baseUrl).hostname;
  const detailsUrl = confirmed
    ? `${options.baseUrl}/sessions/${row.id}`
    : `${options.baseUrl}/sessions`;

  const events = s.slots.map((slot): CalendarEvent => {
    const venue = online ? null : (slot.venue ?? s.venue);
    const address = venue
      ? [venue.name, venue.addressLine1, venue.addressLine2, `${venue.postalCode} ${venue.city}`]
          .filter(Boolean)
          .join(", ")
      : null;
    const description = [
      `Réf : ${s.reference}`,
      `Organisateur : ${s.organizerName}`,
      confirmed ? null : "Inscription en attente de confirmation par l'organisme.",
      venue?.accessInfo ? `Accès : ${venue.accessInfo}` : null,
      online
        ? "Pour vous connecter : votre espace Parcours, détails de la session, « Accéder à la session » (ouvert 15 minutes avant le début)."
        : null,
      online && s.joinUrl ? `Lien de la classe virtuelle : ${s.joinUrl}` : null,
      `Détails : ${detailsUrl}`,
    ].filter((l): l is string => Boolean(l));
    return {
      uid: `${slot.id}@${domain}`,
      start: slot.startsAt,
      end: slot.endsAt,
      summary:
        slot.title && slot.title !== s.course.title
          ? `${s.course.title} – ${slot.title}`
          : s.course.title,
      location: online
        ? `Classe virtuelle (en ligne)${s.joinUrl ? ` : ${s.joinUrl}` : ""}`
        : address,
      description: description.join("\n"),
      url: detailsUrl,
      status: s.status === "CANCELLED" ? "CANCELLED" : confirmed ? "CONFIRMED" : "TENTATIVE",
      lastModified: s.updatedAt,
    };
  });
  return { title: s.course.title, reference: s.reference, events };
}
