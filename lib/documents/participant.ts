/** The participant as a registration's documents print him (convocation, certificate). */
export const documentParticipantSelect = {
  select: {
    user: { select: { firstName: true, lastName: true } },
    company: { select: { name: true } },
  },
} as const;

export function documentParticipant(participant: {
  user: { firstName: string; lastName: string };
  company: { name: string } | null;
}): { fullName: string; companyName: string | null } {
  return {
    fullName: `${participant.user.firstName} ${participant.user.lastName}`,
    companyName: participant.company?.name ?? null,
  };
}
