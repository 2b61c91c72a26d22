import "server-only";
import { getDb } from "@/lib/db";
import type { Modality } from "@/lib/db/generated/enums";
import {
  programmeSlot,
  programmeSlotSelect,
  type ProgrammeSlot,
} from "@/lib/sessions/session-select";
import { courseContacts, courseDays, courseLengthSelect } from "@/lib/format/course";
import { mapUrl } from "@/lib/format/place";
import { elearningAccess, type ElearningAccess } from "@/lib/dates/elearning-access";
import { documentRegistrationWhere, type DocumentOptions, type DocumentReader } from "./access";
import {
  organizationIdentity,
  organizationIdentitySelect,
  type OrganizationIdentity,
} from "./organization-identity";
import { documentParticipant, documentParticipantSelect } from "./participant";

/**
 * The convocation (Qualiopi indicator 9): who, what, when, where or how to
 * connect, whom to call, what to bring. Everything it prints, loaded in one query.
 */
export type ConvocationVenue = {
  name: string;
  lines: string[];
  accessInfo: string | null;
  mapUrl: string | null;
};

export type ConvocationData = {
  registrationId: string;
  issuedAt: Date;
  organization: OrganizationIdentity;
  participant: { fullName: string; companyName: string | null };
  course: {
    title: string;
    code: string | null;
    modality: Modality;
    durationMinutes: number;
    durationDays: number;
    prerequisites: string | null;
  };
  reference: string;
  orderReference: string | null;
  organizerName: string;
  slots: (ProgrammeSlot & {
    /** Set when the session's slots are held in more than one place. */
    venueName: string | null;
  })[];
  venues: ConvocationVenue[];
  /** Distance sessions: the class's link (null until the organization sets it) and the portal page. */
  online: { joinUrl: string | null; portalUrl: string } | null;
  elearning: { access: ElearningAccess; portalUrl: string } | null;
  contact: { name: string | null; email: string; phone: string | null };
  disabilityContact: { name: string; email: string; phone: string | null };
};

const venueSelect = {
  id: true,
  name: true,
  addressLine1: true,
  addressLine2: true,
  postalCode: true,
  city: true,
  country: true,
  latitude: true,
  longitude: true,
  accessInfo: true,
} as const;

type VenueRow = {
  id: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  accessInfo: string | null;
};

function toVenue(v: VenueRow): ConvocationVenue {
  return {
    name: v.name,
    lines: [
      v.addressLine1,
      v.addressLine2,
      `${v.postalCode} ${v.city}`,
      v.country && v.country !== "France" ? v.country : null,
    ].filter((l): l is string => Boolean(l)),
    accessInfo: v.accessInfo,
    mapUrl: mapUrl(v.latitude, v.longitude),
  };
}

/**
 * The convocation of a confirmed registration to a session that still takes
 * place; null (then 404) otherwise, or when the viewer may not see it.
 */
export async function getConvocation(
  viewer: DocumentReader,
  registrationId: string,
  options: DocumentOptions,
): Promise<ConvocationData | null> {
  const allowed = documentRegistrationWhere(viewer, registrationId, options.as);
  if (!allowed) return null;
  const now = options.now ?? new Date();
  const db = await getDb();
  const row = await db.registration.findFirst({
    where: { AND: [allowed, { status: "CONFIRMED", session: { status: "SCHEDULED" } }] },
    select: {
      id: true,
      elearningAccessStartsAt: true,
      order: { select: { reference: true } },
      participant: documentParticipantSelect,
      session: {
        select: {
          reference: true,
          modality: true,
          organizerName: true,
          joinUrl: true,
          elearningAccessDays: true,
          venue: { select: venueSelect },
          organization: {
            select: {
              ...organizationIdentitySelect,
              disabilityContactName: true,
              disabilityContactEmail: true,
              disabilityContactPhone: true,
            },
          },
          course: {
            select: {
              title: true,
              code: true,
              ...courseLengthSelect,
              prerequisites: true,
              contactName: true,
              contactEmail: true,
              contactPhone: true,
            },
          },
          slots: {
            select: { ...programmeSlotSelect, venue: { select: venueSelect } },
            orderBy: { startsAt: "asc" },
          },
        },
      },
    },
  });
  if (!row) return null;
  const s = row.session;
  const o = s.organization;
  const c = s.course;
  const portalUrl = `${options.baseUrl}/sessions/${row.id}`;
  const distance = s.modality === "VIRTUAL_CLASS" || s.modality === "ELEARNING";

  // A cursus may move from one place to another: every place, in the order of the slots.
  const venues = new Map<string, VenueRow>();
  if (!distance) {
    for (const slot of s.slots) {
      const venue = slot.venue ?? s.venue;
      if (venue && !venues.has(venue.id)) venues.set(venue.id, venue);
    }
    if (venues.size === 0 && s.venue) venues.set(s.venue.id, s.venue);
  }
  const severalPlaces = venues.size > 1;

  return {
    registrationId: row.id,
    issuedAt: now,
    organization: organizationIdentity(o),
    participant: documentParticipant(row.participant),
    course: {
      title: c.title,
      code: c.code,
      modality: s.modality,
      durationMinutes: c.durationMinutes,
      durationDays: courseDays(c),
      prerequisites: c.prerequisites,
    },
    reference: s.reference,
    orderReference: row.order?.reference ?? null,
    organizerName: s.organizerName,
    slots: s.slots.map((slot) => ({
      ...programmeSlot(slot),
      venueName: severalPlaces ? ((slot.venue ?? s.venue)?.name ?? null) : null,
    })),
    venues: [...venues.values()].map(toVenue),
    online:
      s.modality === "VIRTUAL_CLASS" || (s.joinUrl && s.modality !== "ELEARNING")
        ? { joinUrl: s.joinUrl, portalUrl }
        : null,
    elearning:
      s.modality === "ELEARNING"
        ? {
            access: elearningAccess(
              { accessStartsAt: row.elearningAccessStartsAt, accessDays: s.elearningAccessDays },
              now,
            ),
            portalUrl,
          }
        : null,
    ...courseContacts(c, o),
  };
}
