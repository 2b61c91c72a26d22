import "server-only";
import { sessionPlaceSelect } from "@/lib/format/place";
import { participantActor } from "@/lib/scopes/actor";
import { registrationScope } from "@/lib/scopes/registrations";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { parisTime } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { Modality } from "@/lib/db/generated/enums";
import {
  orderedQuestionnairesSelect,
  questionnaireResponseSelect,
} from "@/lib/questionnaires/resolve";
import { SESSIONS_PAGE_SIZE, type SessionListQuery } from "./list-query";
import { toSessionCard, type SessionCard } from "./session-card";

export type SessionListPage = {
  cards: SessionCard[];
  total: number;
  page: number;
  pageCount: number;
  facets: {
    organizations: { id: string; name: string }[];
    years: number[];
    modalities: Modality[];
  };
};

/** Only the rows the page shows, with their relations in one query (relation joins). */
const cardSelect = {
  id: true,
  status: true,
  statusReason: true,
  elearningAccessStartsAt: true,
  order: { select: { reference: true } },
  // Every response of the registration (at most one per questionnaire): the
  // card shows the state of each questionnaire (lib/questionnaires/entry-points).
  responses: { select: questionnaireResponseSelect },
  session: {
    select: {
      reference: true,
      ...sessionPlaceSelect,
      organizerName: true,
      positioningRequired: true,
      elearningAccessDays: true,
      validationTestOpenDays: true,
      startsAt: true,
      endsAt: true,
      course: {
        select: {
          title: true,
          questionnaires: orderedQuestionnairesSelect,
        },
      },
      questionnaires: orderedQuestionnairesSelect,
      slots: {
        select: { id: true, date: true, halfDay: true, startsAt: true, endsAt: true },
        orderBy: { startsAt: "asc" },
      },
    },
  },
} satisfies Prisma.RegistrationSelect;

type CardRow = Prisma.RegistrationGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow, now: Date): SessionCard {
  const s = row.session;
  const positioningIds = new Set(
    [...s.questionnaires, ...s.course.questionnaires]
      .filter((q) => q.kind === "POSITIONING")
      .map((q) => q.id),
  );
  return toSessionCard(
    {
      id: row.id,
      status: row.status,
      statusReason: row.statusReason,
      elearningAccessStartsAt: row.elearningAccessStartsAt,
      order: row.order,
      positioningSubmitted: row.responses.some(
        (r) => r.status === "SUBMITTED" && positioningIds.has(r.questionnaireId),
      ),
      questionnaires: {
        validationTestOpenDays: s.validationTestOpenDays,
        session: s.questionnaires,
        course: s.course.questionnaires,
        responses: row.responses,
      },
      session: {
        reference: s.reference,
        modality: s.modality,
        placeLabel: s.placeLabel,
        organizerName: s.organizerName,
        positioningRequired: s.positioningRequired,
        hasPositioningTest: positioningIds.size > 0,
        elearningAccessDays: s.elearningAccessDays,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        venueCity: s.venue?.city ?? null,
        title: s.course.title,
        slots: s.slots,
      },
    },
    now,
  );
}

/**
 * "Mes sessions": one page of the participant's upcoming (next first) or ended
 * (most recent first) sessions, with search and filters. Four queries whatever
 * the number of registrations: count, the filter choices, the page's ids,
 * then the page's cards. The ids come first because PostgreSQL builds the
 * card's nested JSON (relation joins) for every matching row before it sorts
 * and keeps twenty: with 300 registrations that was most of the page's time,
 * and it grew with each registration. Picking the twenty ids is a plain
 * indexed join; the cards are then built for those twenty only.
 */
export async function listMySessions(
  viewer: ParticipantViewer,
  query: SessionListQuery,
  now: Date = new Date(),
): Promise<SessionListPage> {
  const db = await getDb();
  const upcoming = query.vue === "prochaines";
  const sessionWhere: Prisma.TrainingSessionWhereInput = {
    endsAt: upcoming ? { gte: now } : { lt: now },
    ...(query.organisme ? { organizationId: query.organisme } : {}),
    ...(query.modalite ? { modality: query.modalite } : {}),
    ...(query.annee
      ? { startsAt: { gte: parisTime(query.annee, 1, 1), lt: parisTime(query.annee + 1, 1, 1) } }
      : {}),
  };
  const search = query.q
    ? {
        OR: [
          { session: { course: { title: { contains: query.q, mode: "insensitive" as const } } } },
          { session: { reference: { contains: query.q, mode: "insensitive" as const } } },
          { session: { organizerName: { contains: query.q, mode: "insensitive" as const } } },
          { order: { reference: { contains: query.q, mode: "insensitive" as const } } },
        ],
      }
    : {};
  const where: Prisma.RegistrationWhereInput = {
    AND: [registrationScope(participantActor(viewer)), { session: sessionWhere, ...search }],
  };

  const [total, facetRows] = await Promise.all([
    db.registration.count({ where }),
    // The filter choices come from all the participant's sessions, in one query
    // (SQL for DISTINCT over the join: registrationScope's participant branch, written out).
    db.$queryRaw<{ id: string; name: string; year: number; modality: Modality }[]>`
      SELECT DISTINCT o."id", o."name", s."modality"::text AS "modality",
             EXTRACT(YEAR FROM s."startsAt" AT TIME ZONE 'Europe/Paris')::int AS "year"
      FROM "Registration" r
      JOIN "TrainingSession" s ON s."id" = r."sessionId"
      JOIN "TrainingOrganization" o ON o."id" = s."organizationId"
      WHERE r."participantId" = ${viewer.participantId}`,
  ]);
  const pageCount = Math.max(1, Math.ceil(total / SESSIONS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const pageIds = await db.registration.findMany({
    where,
    select: { id: true },
    orderBy: upcoming
      ? [{ session: { startsAt: "asc" } }, { id: "asc" }]
      : [{ session: { endsAt: "desc" } }, { id: "asc" }],
    skip: (page - 1) * SESSIONS_PAGE_SIZE,
    take: SESSIONS_PAGE_SIZE,
  });
  const ids = pageIds.map((r) => r.id);
  const unordered =
    ids.length === 0
      ? []
      : await db.registration.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const byId = new Map(unordered.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);

  const organizations = new Map<string, string>();
  const years = new Set<number>();
  const modalities = new Set<Modality>();
  for (const f of facetRows) {
    organizations.set(f.id, f.name);
    years.add(Number(f.year));
    modalities.add(f.modality);
  }
  return {
    cards: rows.map((row) => toCard(row, now)),
    total,
    page,
    pageCount,
    facets: {
      organizations: [...organizations]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name, "fr")),
      years: [...years].sort((a, b) => b - a),
      modalities: [...modalities].sort(),
    },
  };
}
