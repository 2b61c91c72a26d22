import { z } from "zod";
import { PERMISSIONS, ROLES, type Permission, type Role } from "@/lib/auth/permissions";
import { recordIdSchema } from "@/lib/db/record-id";

/*
 * One schema per company form, shared by the form (react-hook-form) and its
 * server action (lib/actions/action-client). No "server-only": the browser uses them.
 */

const recordId = recordIdSchema;

/** A collaborator who has no account yet: registering them opens it (guide rule 1). */
export const newCollaboratorSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Indiquez l'adresse e-mail.")
    .max(254, "Adresse e-mail trop longue.")
    .pipe(z.email("Adresse e-mail invalide.")),
  firstName: z.string().trim().min(1, "Indiquez le prénom.").max(100, "Prénom trop long."),
  lastName: z.string().trim().min(1, "Indiquez le nom.").max(100, "Nom trop long."),
});
export type NewCollaboratorInput = z.infer<typeof newCollaboratorSchema>;

export const registerCollaboratorsSchema = z
  .object({
    companyId: recordId,
    sessionId: recordId,
    participantIds: z.array(recordId).max(50, "50 collaborateurs au plus par commande."),
    newCollaborators: z
      .array(newCollaboratorSchema)
      .max(20, "20 invitations au plus par commande."),
  })
  .refine((v) => v.participantIds.length + v.newCollaborators.length > 0, {
    message: "Choisissez au moins un collaborateur.",
    path: ["participantIds"],
  });
export type RegisterCollaboratorsInput = z.infer<typeof registerCollaboratorsSchema>;

const permissionKeys = Object.keys(PERMISSIONS) as [Permission, ...Permission[]];
const roleKeys = Object.keys(ROLES) as [Role, ...Role[]];

/** The member's permissions as they should be after saving (grants and revocations at once). */
export const setMemberPermissionsSchema = z.object({
  companyId: recordId,
  membershipId: recordId,
  permissions: z.array(z.enum(permissionKeys, "Habilitation inconnue.")).max(permissionKeys.length),
});
export type SetMemberPermissionsInput = z.infer<typeof setMemberPermissionsSchema>;

/** Grants a role's bundle on top of what the member holds. */
export const grantRoleSchema = z.object({
  companyId: recordId,
  membershipId: recordId,
  role: z.enum(roleKeys, "Rôle inconnu."),
});
export type GrantRoleInput = z.infer<typeof grantRoleSchema>;

/** "Inviter un membre": by e-mail, with a role or chosen habilitations. */
export const inviteMemberSchema = z
  .object({
    companyId: recordId,
    email: newCollaboratorSchema.shape.email,
    firstName: newCollaboratorSchema.shape.firstName,
    lastName: newCollaboratorSchema.shape.lastName,
    // "": no role, the habilitations ticked (the form's first choice).
    role: z.enum(["", ...roleKeys], "Rôle inconnu.").optional(),
    permissions: z
      .array(z.enum(permissionKeys, "Habilitation inconnue."))
      .max(permissionKeys.length)
      .default([]),
  })
  .refine((v) => Boolean(v.role) || v.permissions.length > 0, {
    message: "Choisissez un rôle ou au moins une habilitation.",
    path: ["permissions"],
  });
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

/** "Retirer" a member from the company space. */
export const removeMemberSchema = z.object({ companyId: recordId, membershipId: recordId });
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;

/** "Rattacher un collaborateur": an existing participant, by e-mail; they confirm. */
export const requestCollaboratorSchema = z.object({
  companyId: recordId,
  email: newCollaboratorSchema.shape.email,
});
export type RequestCollaboratorInput = z.input<typeof requestCollaboratorSchema>;

/** "Détacher" a collaborator who leaves the company. */
export const detachCollaboratorSchema = z.object({ companyId: recordId, participantId: recordId });
export type DetachCollaboratorInput = z.infer<typeof detachCollaboratorSchema>;

/** The participant confirms a company's request (the token of the e-mail's link). */
export const confirmCollaboratorSchema = z.object({
  token: z.string("Lien invalide.").regex(/^[A-Za-z0-9_-]{43}$/, "Lien invalide."),
});
export type ConfirmCollaboratorInput = z.infer<typeof confirmCollaboratorSchema>;
