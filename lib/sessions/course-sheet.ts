import "server-only";
import { findOwnRegistration } from "@/lib/registrations/own";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import type { Modality } from "@/lib/db/generated/enums";
import { lineTotals } from "@/lib/billing/amounts";
import { courseContacts, courseDays, courseLengthSelect } from "@/lib/format/course";

/** The course sheet (fiche pédagogique, Qualiopi indicator 1) of a course the participant is registered to. */
export type CourseSheet = {
  registrationId: string;
  title: string;
  code: string | null;
  modality: Modality;
  objectives: string;
  prerequisites: string | null;
  audience: string;
  programme: string;
  teachingMethods: string | null;
  assessmentMethods: string;
  durationMinutes: number;
  durationDays: number;
  priceExclVatCents: number;
  priceInclVatCents: number;
  vatRateBasisPoints: number;
  organization: {
    name: string;
    email: string;
    phone: string | null;
    activityNumber: string | null;
  };
  contact: { name: string | null; email: string | null; phone: string | null };
  disabilityContact: { name: string; email: string; phone: string | null };
};

export async function getCourseSheet(
  viewer: ParticipantViewer,
  registrationId: string,
): Promise<CourseSheet | null> {
  const row = await findOwnRegistration(viewer, registrationId, {
    id: true,
    session: {
      select: {
        modality: true,
        course: {
          select: {
            title: true,
            code: true,
            objectives: true,
            prerequisites: true,
            audience: true,
            programme: true,
            teachingMethods: true,
            assessmentMethods: true,
            ...courseLengthSelect,
            priceExclVatCents: true,
            vatRateBasisPoints: true,
            contactName: true,
            contactEmail: true,
            contactPhone: true,
            organization: {
              select: {
                name: true,
                email: true,
                phone: true,
                activityNumber: true,
                disabilityContactName: true,
                disabilityContactEmail: true,
                disabilityContactPhone: true,
              },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const c = row.session.course;
  const o = c.organization;
  const price = lineTotals({
    quantity: 1,
    unitPriceExclVatCents: c.priceExclVatCents,
    vatRateBasisPoints: c.vatRateBasisPoints,
  });
  return {
    registrationId: row.id,
    title: c.title,
    code: c.code,
    modality: row.session.modality,
    objectives: c.objectives,
    prerequisites: c.prerequisites,
    audience: c.audience,
    programme: c.programme,
    teachingMethods: c.teachingMethods,
    assessmentMethods: c.assessmentMethods,
    durationMinutes: c.durationMinutes,
    durationDays: courseDays(c),
    priceExclVatCents: c.priceExclVatCents,
    priceInclVatCents: price.inclVat,
    vatRateBasisPoints: c.vatRateBasisPoints,
    organization: {
      name: o.name,
      email: o.email,
      phone: o.phone,
      activityNumber: o.activityNumber,
    },
    ...courseContacts(c, o),
  };
}
