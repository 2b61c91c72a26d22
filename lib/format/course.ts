import { dayFigure } from "./duration";

/**
 * What a course's printed documents (convocation, course sheet, certificate)
 * say of it the same way: its length in days and whom to contact.
 */

/** The course's length as its row stores it: minutes, and days when set. */
export const courseLengthSelect = { durationMinutes: true, durationDays: true } as const;

/** The course's length in days: its own figure (a database decimal), else 7 hours a day. */
export function courseDays(course: {
  durationMinutes: number;
  durationDays: { toString(): string } | number | null;
}): number {
  return dayFigure(
    course.durationMinutes,
    course.durationDays === null ? null : Number(course.durationDays),
  );
}

/**
 * Whom a participant calls about the course (its own contact, else the
 * organization's address and phone) and the organization's disability referent.
 */
export function courseContacts(
  course: { contactName: string | null; contactEmail: string | null; contactPhone: string | null },
  organization: {
    email: string;
    phone: string | null;
    disabilityContactName: string;
    disabilityContactEmail: string;
    disabilityContactPhone: string | null;
  },
) {
  return {
    contact: {
      name: course.contactName,
      email: course.contactEmail ?? organization.email,
      phone: course.contactPhone ?? organization.phone,
    },
    disabilityContact: {
      name: organization.disabilityContactName,
      email: organization.disabilityContactEmail,
      phone: organization.disabilityContactPhone,
    },
  };
}
