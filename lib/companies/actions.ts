"use server";

import { revalidatePath } from "next/cache";
import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import { failure } from "@/lib/actions/result";
import {
  confirmCollaborator,
  COLLABORATOR_REQUEST_REFUSALS,
  detachCollaborator,
  requestCollaborator,
} from "@/lib/companies/collaborator-links";
import { grantRole, setMemberPermissions } from "@/lib/companies/habilitations";
import { inviteMember, removeMember } from "@/lib/companies/members";
import { registerCollaborators } from "@/lib/companies/registrations";
import {
  confirmCollaboratorSchema,
  detachCollaboratorSchema,
  grantRoleSchema,
  inviteMemberSchema,
  registerCollaboratorsSchema,
  removeMemberSchema,
  requestCollaboratorSchema,
  setMemberPermissionsSchema,
} from "@/lib/companies/schemas";

/*
 * The company space's actions. Each goes through the one door
 * (authenticatedAction) and a lib/companies function that checks the
 * habilitation in the company of the input: null there is a 404 here
 * (ActionNotFound, "Élément introuvable."), whatever was missing.
 */

export const registerCollaboratorsAction = authenticatedAction(
  registerCollaboratorsSchema,
  async (input, viewer) => {
    const result = await registerCollaborators(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) return failure(result.message);
    revalidatePath(`/entreprise/${input.companyId}`, "layout");
    return {
      ok: true,
      data: {
        orderReference: result.orderReference,
        count: result.registrationIds.length,
        invited: result.invited,
      },
    };
  },
);

export const setMemberPermissionsAction = authenticatedAction(
  setMemberPermissionsSchema,
  async (input, viewer) => {
    const result = await setMemberPermissions(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) return failure(result.message);
    revalidatePath(`/entreprise/${input.companyId}`, "layout");
    return { ok: true, data: { granted: result.granted, revoked: result.revoked } };
  },
);

export const grantRoleAction = authenticatedAction(grantRoleSchema, async (input, viewer) => {
  const result = await grantRole(viewer, input);
  if (!result) throw new ActionNotFound();
  if (!result.ok) return failure(result.message);
  revalidatePath(`/entreprise/${input.companyId}`, "layout");
  return { ok: true, data: { granted: result.granted, revoked: result.revoked } };
});

export const inviteMemberAction = authenticatedAction(inviteMemberSchema, async (input, viewer) => {
  const result = await inviteMember(viewer, input);
  if (!result) throw new ActionNotFound();
  if (!result.ok) return failure(result.message, { [result.field]: [result.message] });
  revalidatePath(`/entreprise/${input.companyId}`, "layout");
  return { ok: true, data: { invited: result.invited } };
});

export const removeMemberAction = authenticatedAction(removeMemberSchema, async (input, viewer) => {
  const result = await removeMember(viewer, input);
  if (!result) throw new ActionNotFound();
  if (!result.ok) return failure(result.message, { [result.field]: [result.message] });
  revalidatePath(`/entreprise/${input.companyId}`, "layout");
  return { ok: true, data: { removed: result.membershipId } };
});

export const requestCollaboratorAction = authenticatedAction(
  requestCollaboratorSchema,
  async (input, viewer) => {
    const result = await requestCollaborator(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) return failure(result.message, { [result.field]: [result.message] });
    return { ok: true, data: { requested: result.invitationId } };
  },
);

export const detachCollaboratorAction = authenticatedAction(
  detachCollaboratorSchema,
  async (input, viewer) => {
    const result = await detachCollaborator(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) return failure(result.message, { [result.field]: [result.message] });
    revalidatePath(`/entreprise/${input.companyId}`, "layout");
    return { ok: true, data: { detached: result.participantId } };
  },
);

/** The participant's own answer: the token binds it to them (anyone else: the link is invalid). */
export const confirmCollaboratorAction = authenticatedAction(
  confirmCollaboratorSchema,
  async (input, viewer) => {
    const result = await confirmCollaborator(viewer, input);
    if (!result.ok) return failure(COLLABORATOR_REQUEST_REFUSALS[result.reason]);
    revalidatePath("/", "layout");
    return { ok: true, data: { companyName: result.companyName } };
  },
);
