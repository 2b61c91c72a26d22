import { ROLES, type Role } from "../../lib/auth/permissions";
import { addDaysTo } from "./clock";
import { siretFactory, vatNumberOf } from "./identity";
import { newId, type CompanyPlan, type SeedContext } from "./plan";
import { addUser, volumeEmail } from "./users";

type CompanySeed = {
  name: string;
  addressLine1: string;
  addressLine2?: string;
  postalCode: string;
  city: string;
  /** Collaborators generated for the volume (the demo ones come on top). */
  collaborators: number;
  manager: { firstName: string; lastName: string; email?: string };
  /** Other members and the role bundle they were granted. */
  members: { firstName: string; lastName: string; role: Role }[];
};

export const DELORME = "Cabinet Delorme & Associés";

const COMPANIES: CompanySeed[] = [
  {
    name: DELORME,
    addressLine1: "45 cours Lafayette",
    postalCode: "69006",
    city: "Lyon",
    collaborators: 28,
    manager: { firstName: "Julien", lastName: "Delorme", email: "manager@demo.test" },
    members: [{ firstName: "Isabelle", lastName: "Roux", role: "accounting" }],
  },
  {
    name: "Fiduciaire des Monts d'Auvergne",
    addressLine1: "8 place Delille",
    postalCode: "63000",
    city: "Clermont-Ferrand",
    collaborators: 32,
    manager: { firstName: "Pascal", lastName: "Chabrier" },
    members: [{ firstName: "Émilie", lastName: "Vialatte", role: "hr" }],
  },
  {
    name: "Garnier Audit & Expertise",
    addressLine1: "21 rue de la Liberté",
    postalCode: "21000",
    city: "Dijon",
    collaborators: 27,
    manager: { firstName: "Sébastien", lastName: "Garnier" },
    members: [],
  },
  {
    name: "Atlantique Expertise Comptable",
    addressLine1: "3 rue Crébillon",
    postalCode: "44000",
    city: "Nantes",
    collaborators: 25,
    manager: { firstName: "Anne", lastName: "Le Gall" },
    members: [{ firstName: "Yann", lastName: "Kerouac", role: "accounting" }],
  },
  {
    name: "Cabinet Lemoine-Rousseau",
    addressLine1: "118 boulevard Haussmann",
    addressLine2: "3e étage",
    postalCode: "75008",
    city: "Paris",
    collaborators: 24,
    manager: { firstName: "Caroline", lastName: "Lemoine" },
    members: [{ firstName: "David", lastName: "Cohen", role: "hr" }],
  },
  {
    name: "Phocée Conseil & Audit",
    addressLine1: "64 rue Paradis",
    postalCode: "13006",
    city: "Marseille",
    collaborators: 22,
    manager: { firstName: "Marc", lastName: "Agostini" },
    members: [],
  },
  {
    name: "Breizh Compta Conseil",
    addressLine1: "10 rue d'Antrain",
    postalCode: "35000",
    city: "Rennes",
    collaborators: 21,
    manager: { firstName: "Gwenaëlle", lastName: "Le Floch" },
    members: [],
  },
  {
    name: "Cabinet Madi & Associés",
    addressLine1: "12 rue du Commerce",
    addressLine2: "Cavani",
    postalCode: "97600",
    city: "Mamoudzou",
    collaborators: 18,
    manager: { firstName: "Saïd", lastName: "Madi" },
    members: [],
  },
];

export type CompanyWithSize = { plan: CompanyPlan; collaborators: number; city: string };

export function buildCompanies(ctx: SeedContext): CompanyWithSize[] {
  const rng = ctx.rng.fork("companies");
  const nextSiret = siretFactory(rng);
  const createdAt = addDaysTo(ctx.clock.now, -6 * 365);

  return COMPANIES.map((seed) => {
    const id = newId();
    const siret = nextSiret();
    ctx.rows.company.push({
      id,
      name: seed.name,
      siret,
      vatNumber: vatNumberOf(siret),
      addressLine1: seed.addressLine1,
      addressLine2: seed.addressLine2 ?? null,
      postalCode: seed.postalCode,
      city: seed.city,
      createdAt,
    });

    const addMember = (
      person: { firstName: string; lastName: string; email?: string },
      role: Role,
      grantedById: string | null,
    ): string => {
      const joined = addDaysTo(createdAt, rng.int(30, 400));
      const userId = addUser(ctx, {
        email: person.email ?? volumeEmail(ctx, person.firstName, person.lastName),
        firstName: person.firstName,
        lastName: person.lastName,
        createdAt: joined,
      });
      const membershipId = newId();
      ctx.rows.companyMembership.push({
        id: membershipId,
        userId,
        companyId: id,
        createdAt: joined,
      });
      for (const permission of ROLES[role].permissions) {
        ctx.rows.companyGrant.push({
          id: newId(),
          membershipId,
          permission,
          grantedById,
          createdAt: joined,
        });
      }
      return userId;
    };

    // The manager's own grants were set up with the company account, by nobody in the app.
    const managerUserId = addMember(seed.manager, "manager", null);
    for (const member of seed.members) addMember(member, member.role, managerUserId);

    const address = [seed.addressLine1, seed.addressLine2, `${seed.postalCode} ${seed.city}`]
      .filter(Boolean)
      .join("\n");
    return {
      plan: { id, name: seed.name, address, managerUserId, collaborators: [] },
      collaborators: seed.collaborators,
      city: seed.city,
    };
  });
}
