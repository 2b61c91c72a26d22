import "server-only";
import { findOwnRegistration } from "@/lib/registrations/own";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import type { Modality, RegistrationStatus } from "@/lib/db/generated/enums";
import { certificateAvailability, type CertificateAvailability } from "@/lib/certificates/rule";
import {
  certificateCourseSelect,
  certificateRegistrationSelect,
  certificateRuleInput,
  certificateSessionSelect,
} from "@/lib/certificates/source";
import { courseDays, courseLengthSelect } from "@/lib/format/course";
import { mapUrl, sessionPlace } from "@/lib/format/place";
import { questionnaireEntries, type QuestionnaireEntry } from "@/lib/questionnaires/entry-points";
import { questionnaireResponseSelect } from "@/lib/questionnaires/resolve";
import {
  elearningAccess,
  elearningDatesLabel,
  type ElearningAccess,
} from "@/lib/dates/elearning-access";
import { isMaterialOpen, materialWindow } from "./material-window";
import { formatSessionDays } from "@/lib/dates/session-dates";
import { joinWindow, type JoinWindow } from "./virtual-class";
import {
  materialFieldsSelect,
  programmeSlot,
  programmeSlotSelect,
  type ProgrammeSlot,
} from "./session-select";

export type SessionDetails = {
  registrationId: string;
  status: RegistrationStatus;
  title: string;
  modality: Modality;
  reference: string;
  durationMinutes: number;
  durationDays: number;
  dates: string[];
  place: string;
  ended: boolean;
  venue: {
    name: string;
    lines: string[];
    mapUrl: string | null;
  } | null;
  join: JoinWindow | null;
  programme: (ProgrammeSlot & { id: string; organizer: string })[];
  positioningScore: { score: number; maxScore: number } | null;
  /** Positioning, validation and satisfaction: state, date, score (lib/questionnaires/entry-points). */
  questionnaires: QuestionnaireEntry[];
  /** "Ma convocation" (none for a cancelled session) and whether the certificate is available, or why not. */
  documents: { convocation: boolean; certificate: CertificateAvailability };
  materials: {
    id: string;
    title: string;
    type: string;
    version: number;
    updatedAt: Date;
    availableUntil: Date | null;
  }[];
  elearning: {
    access: ElearningAccess;
    accessLabel: string;
    units: {
      id: string;
      code: string;
      title: string;
      status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
    }[];
  } | null;
};

/**
 * The details of one of the participant's confirmed registrations, in one
 * query. null (then 404) when the registration is not theirs, does not exist,
 * or is not confirmed (the guide opens details at confirmation).
 */
export async function getSessionDetails(
  viewer: ParticipantViewer,
  registrationId: string,
  now: Date = new Date(),
): Promise<SessionDetails | null> {
  const row = await findOwnRegistration(
    viewer,
    registrationId,
    {
      id: true,
      status: true,
      confirmedAt: true,
      elearningAccessStartsAt: true,
      // The certificate rule's data (lib/certificates), in this same query.
      ...certificateRegistrationSelect,
      // All the registration's responses (one per questionnaire at most), for
      // "Chiffres clés" and the questionnaires' states, in this same query.
      responses: {
        select: { ...questionnaireResponseSelect, questionnaire: { select: { kind: true } } },
      },
      session: {
        select: {
          reference: true,
          modality: true,
          placeLabel: true,
          organizerName: true,
          joinUrl: true,
          startsAt: true,
          endsAt: true,
          elearningAccessDays: true,
          ...certificateSessionSelect,
          venue: {
            select: {
              name: true,
              addressLine1: true,
              addressLine2: true,
              postalCode: true,
              city: true,
              latitude: true,
              longitude: true,
            },
          },
          course: {
            select: {
              title: true,
              ...courseLengthSelect,
              ...certificateCourseSelect,
              elearning: {
                select: {
                  units: {
                    select: { id: true, code: true, title: true },
                    orderBy: { position: "asc" },
                  },
                },
              },
            },
          },
          slots: {
            select: { id: true, ...programmeSlotSelect, organizerName: true },
            orderBy: { startsAt: "asc" },
          },
          materials: {
            select: {
              ...materialFieldsSelect,
              versions: {
                select: { version: true, createdAt: true },
                orderBy: { version: "desc" },
                take: 1,
              },
            },
            orderBy: { title: "asc" },
          },
        },
      },
    },
    { status: "CONFIRMED" },
  );
  if (!row) return null;
  const s = row.session;
  const elearning = s.modality === "ELEARNING";
  const access = elearning
    ? elearningAccess(
        { accessStartsAt: row.elearningAccessStartsAt, accessDays: s.elearningAccessDays },
        now,
      )
    : null;
  const progress = new Map(row.progress.map((p) => [p.unitId, p.status]));
  const ctx = {
    confirmedAt: row.confirmedAt,
    sessionStartsAt: s.startsAt,
    sessionEndsAt: s.endsAt,
  };
  const positioning = row.responses.find(
    (r) => r.status === "SUBMITTED" && r.questionnaire.kind === "POSITIONING",
  );
  return {
    registrationId: row.id,
    status: row.status,
    title: s.course.title,
    modality: s.modality,
    reference: s.reference,
    durationMinutes: s.course.durationMinutes,
    durationDays: courseDays(s.course),
    dates: access ? [elearningDatesLabel(access)] : formatSessionDays(s.slots),
    place: sessionPlace(s),
    ended: s.endsAt < now,
    venue:
      s.venue && !elearning
        ? {
            name: s.venue.name,
            lines: [
              s.venue.addressLine1,
              s.venue.addressLine2,
              `${s.venue.postalCode} ${s.venue.city}`,
            ].filter((l): l is string => Boolean(l)),
            mapUrl: mapUrl(s.venue.latitude, s.venue.longitude),
          }
        : null,
    join: s.modality === "VIRTUAL_CLASS" && s.joinUrl ? joinWindow(s.slots, now) : null,
    programme: s.slots.map((slot) => ({
      id: slot.id,
      ...programmeSlot(slot),
      organizer: slot.organizerName ?? s.organizerName,
    })),
    positioningScore:
      positioning && positioning.score !== null && positioning.maxScore !== null
        ? { score: positioning.score, maxScore: positioning.maxScore }
        : null,
    questionnaires: questionnaireEntries(
      {
        registrationId: row.id,
        registrationStatus: row.status,
        session: s,
        sessionQuestionnaires: s.questionnaires,
        courseQuestionnaires: s.course.questionnaires,
        responses: row.responses,
      },
      now,
    ),
    documents: {
      convocation: s.status !== "CANCELLED",
      certificate: certificateAvailability(certificateRuleInput(row), now),
    },
    materials: s.materials.flatMap((m) => {
      const latest = m.versions[0];
      const window = materialWindow(m, ctx);
      if (!latest || !isMaterialOpen(window, now)) return [];
      return [
        {
          id: m.id,
          title: m.title,
          type: m.type,
          version: latest.version,
          updatedAt: latest.createdAt,
          availableUntil: window.closesAt,
        },
      ];
    }),
    elearning:
      access && s.course.elearning
        ? {
            access,
            accessLabel: elearningDatesLabel(access),
            units: s.course.elearning.units.map((u) => ({
              id: u.id,
              code: u.code,
              title: `${u.code} - ${u.title}`,
              status: progress.get(u.id) ?? "NOT_STARTED",
            })),
          }
        : null,
  };
}
