import crypto from "node:crypto";
import { AccountTokenPurpose, ParticipantKind, Profession } from "../../lib/db/generated/enums";
import { addDaysTo } from "./clock";
import type { CompanyWithSize } from "./companies";
import { mobilePhone } from "./identity";
import {
  newId,
  type CompanyPlan,
  type DemoPeople,
  type ParticipantPlan,
  type SeedContext,
} from "./plan";
import type { Rng } from "./random";
import { addUser, volumeEmail } from "./users";

const FIRST_NAMES = [
  "Camille",
  "Léa",
  "Manon",
  "Chloé",
  "Emma",
  "Inès",
  "Sarah",
  "Julie",
  "Laura",
  "Marion",
  "Pauline",
  "Anaïs",
  "Mathilde",
  "Élodie",
  "Aurélie",
  "Céline",
  "Nathalie",
  "Sandrine",
  "Stéphanie",
  "Valérie",
  "Audrey",
  "Margaux",
  "Lucie",
  "Charlotte",
  "Hélène",
  "Agathe",
  "Jeanne",
  "Alice",
  "Amandine",
  "Morgane",
  "Aïcha",
  "Yasmina",
  "Nicolas",
  "Julien",
  "Thomas",
  "Maxime",
  "Alexandre",
  "Antoine",
  "Guillaume",
  "Romain",
  "Kevin",
  "Florian",
  "Mathieu",
  "Sébastien",
  "Vincent",
  "Benoît",
  "Olivier",
  "Christophe",
  "Stéphane",
  "Arnaud",
  "Damien",
  "Hugo",
  "Lucas",
  "Louis",
  "Paul",
  "Quentin",
  "Adrien",
  "Clément",
  "Jérôme",
  "François",
  "Karim",
  "Mehdi",
  "Anthony",
  "Jean-Baptiste",
  "Pierre-Louis",
  "Marie-Claire",
  "Anne-Laure",
  "Ibrahim",
  "Mohamed",
  "Fatima",
  "Nassim",
  "Loïc",
];

const LAST_NAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefebvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Lefèvre",
  "Mercier",
  "Dupont",
  "Lambert",
  "Bonnet",
  "François",
  "Martinez",
  "Legrand",
  "Garnier",
  "Faure",
  "Rousseau",
  "Blanc",
  "Guérin",
  "Muller",
  "Henry",
  "Roussel",
  "Nicolas",
  "Perrin",
  "Morin",
  "Mathieu",
  "Clément",
  "Gauthier",
  "Dumont",
  "Lopez",
  "Fontaine",
  "Chevalier",
  "Robin",
  "Masson",
  "Sanchez",
  "Gérard",
  "Nguyen",
  "Boyer",
  "Denis",
  "Lemaire",
  "Duval",
  "Joly",
  "Gautier",
  "Roger",
  "Roche",
  "Roy",
  "Noël",
  "Meyer",
  "Lucas",
  "Meunier",
  "Jean",
  "Perez",
  "Marchand",
  "Dufour",
  "Blanchard",
  "Marie",
  "Barbier",
  "Brun",
  "Dumas",
  "Brunet",
  "Schmitt",
  "Leroux",
  "Colin",
  "Fernandez",
  "Pierre",
  "Renard",
  "Arnaud",
  "Rolland",
  "Caron",
  "Aubert",
  "Giraud",
  "Leclerc",
  "Vidal",
  "Bourgeois",
  "Renaud",
  "Lemoine",
  "Picard",
  "Gaillard",
  "Philippe",
  "Leclercq",
  "Lacroix",
  "Fabre",
  "Dupuis",
  "Olivier",
  "Rodriguez",
  "Da Silva",
  "Hubert",
  "Louis",
  "Charles",
  "Guillot",
  "Rivière",
  "Le Gall",
  "Guillaume",
  "Adam",
  "Rey",
  "Moulin",
  "Gonzalez",
  "Berger",
  "Lecomte",
  "Ménard",
  "Fleury",
  "Deschamps",
  "Carpentier",
  "Julien",
  "Benoît",
  "Paris",
  "Maillard",
  "Marchal",
  "Aubry",
  "Vasseur",
  "Le Roux",
  "Renault",
  "Jacquet",
  "Collet",
  "Prévost",
  "Poirier",
  "Charpentier",
  "Royer",
  "Huet",
  "Baron",
  "Dupuy",
  "Pons",
  "Ben Salah",
  "Haddad",
  "Benali",
  "Traoré",
  "Diallo",
  "Abdallah",
  "Attoumani",
  "N'Diaye",
  "Ould",
  "Kaci",
];

const JOB_TITLES: Record<Profession, readonly string[]> = {
  EXPERT_COMPTABLE: [
    "Expert-comptable associé",
    "Expert-comptable",
    "Expert-comptable, responsable de pôle",
  ],
  COMMISSAIRE_AUX_COMPTES: [
    "Commissaire aux comptes",
    "Associé audit",
    "Commissaire aux comptes, directeur de mission",
  ],
  COLLABORATEUR_COMPTABLE: [
    "Collaborateur comptable",
    "Chef de mission",
    "Assistant comptable",
    "Gestionnaire de paie",
    "Responsable de dossiers",
  ],
  EXPERT_COMPTABLE_STAGIAIRE: ["Expert-comptable stagiaire"],
  OTHER: ["Juriste", "Assistante administrative", "Responsable informatique", "Office manager"],
};

const PRIVATE_CITIES = [
  "7 rue des Carmes\n45000 Orléans",
  "22 avenue Jean Jaurès\n38000 Grenoble",
  "5 place du Capitole\n31000 Toulouse",
  "14 rue Nationale\n37000 Tours",
  "31 boulevard de la Liberté\n59000 Lille",
  "9 rue de Metz\n54000 Nancy",
  "48 cours de l'Intendance\n33000 Bordeaux",
  "3 rue Sainte-Claire\n74000 Annecy",
];

/** Unique first/last name pairs, so that lists and searches are not full of twins. */
function nameFactory(rng: Rng, taken: Set<string>): () => { firstName: string; lastName: string } {
  return () => {
    for (;;) {
      const firstName = rng.pick(FIRST_NAMES);
      const lastName = rng.pick(LAST_NAMES);
      const key = `${firstName} ${lastName}`;
      if (!taken.has(key)) {
        taken.add(key);
        return { firstName, lastName };
      }
    }
  };
}

function addParticipant(
  ctx: SeedContext,
  p: {
    firstName: string;
    lastName: string;
    email: string;
    kind: ParticipantKind;
    company: CompanyPlan | null;
    profession: Profession;
    jobTitle: string;
    since: Date;
    skill: number;
    billingAddress: string;
    invited?: boolean;
  },
): ParticipantPlan {
  const userId = addUser(ctx, {
    email: p.email,
    firstName: p.firstName,
    lastName: p.lastName,
    createdAt: p.since,
    invited: p.invited,
  });
  const id = newId();
  ctx.rows.participant.push({
    id,
    userId,
    kind: p.kind,
    companyId: p.company?.id ?? null,
    profession: p.profession,
    phone: mobilePhone(ctx.rng.fork(`phone:${p.email}`)),
    jobTitle: p.jobTitle,
    createdAt: p.since,
  });
  if (p.invited) {
    // The invitation link was sent; only its hash is kept and the token itself is lost on purpose.
    ctx.rows.accountToken.push({
      id: newId(),
      userId,
      purpose: AccountTokenPurpose.INVITATION,
      tokenHash: crypto.createHash("sha256").update(crypto.randomBytes(32)).digest("hex"),
      expiresAt: addDaysTo(p.since, 14),
      createdAt: p.since,
    });
  }
  const plan: ParticipantPlan = {
    id,
    userId,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    kind: p.kind,
    company: p.company,
    profession: p.profession,
    skill: p.skill,
    billingAddress: p.billingAddress,
    since: p.since,
  };
  p.company?.collaborators.push(plan);
  return plan;
}

export const PRIVATE_PARTICIPANTS = 20;

export function buildPeople(
  ctx: SeedContext,
  companies: CompanyWithSize[],
): { participants: ParticipantPlan[]; demo: Omit<DemoPeople, "nadiaUserId"> } {
  const rng = ctx.rng.fork("people");
  const taken = new Set<string>([
    "Claire Martin",
    "Thomas Bernard",
    "Sophie Leroy",
    "Julien Delorme",
  ]);
  const nextName = nameFactory(rng, taken);
  const longAgo = addDaysTo(ctx.clock.now, -3 * 365 - 60);
  const delormeEntry = companies[0];
  if (!delormeEntry) throw new Error("Le cabinet Delorme doit être le premier cabinet");
  const delorme = delormeEntry.plan;

  const claire = addParticipant(ctx, {
    firstName: "Claire",
    lastName: "Martin",
    email: "participant@demo.test",
    kind: ParticipantKind.COLLABORATOR,
    company: delorme,
    profession: Profession.EXPERT_COMPTABLE,
    jobTitle: "Expert-comptable",
    since: longAgo,
    skill: 0.8,
    billingAddress: delorme.address,
  });
  const thomas = addParticipant(ctx, {
    firstName: "Thomas",
    lastName: "Bernard",
    email: "participant2@demo.test",
    kind: ParticipantKind.COLLABORATOR,
    company: delorme,
    profession: Profession.COLLABORATEUR_COMPTABLE,
    jobTitle: "Collaborateur comptable",
    since: addDaysTo(longAgo, 200),
    skill: 0.7,
    billingAddress: delorme.address,
  });
  const sophie = addParticipant(ctx, {
    firstName: "Sophie",
    lastName: "Leroy",
    email: "particulier@demo.test",
    kind: ParticipantKind.PRIVATE,
    company: null,
    profession: Profession.COMMISSAIRE_AUX_COMPTES,
    jobTitle: "Commissaire aux comptes",
    since: addDaysTo(longAgo, 120),
    skill: 0.85,
    billingAddress: "7 rue des Carmes\n45000 Orléans",
  });

  const participants: ParticipantPlan[] = [claire, thomas, sophie];
  const sinceFor = (): { since: Date; invited: boolean } => {
    // A few were registered for the first time this month and have not set their password yet.
    if (rng.chance(0.04))
      return { since: addDaysTo(ctx.clock.now, -rng.int(2, 12)), invited: true };
    return { since: addDaysTo(longAgo, rng.int(0, 500)), invited: false };
  };

  for (const { plan: company, collaborators } of companies) {
    for (let i = 0; i < collaborators; i++) {
      const { firstName, lastName } = nextName();
      const profession = rng.weighted<Profession>([
        [Profession.COLLABORATEUR_COMPTABLE, 46],
        [Profession.EXPERT_COMPTABLE, 20],
        [Profession.EXPERT_COMPTABLE_STAGIAIRE, 12],
        [Profession.COMMISSAIRE_AUX_COMPTES, 10],
        [Profession.OTHER, 12],
      ]);
      const { since, invited } = sinceFor();
      participants.push(
        addParticipant(ctx, {
          firstName,
          lastName,
          email: volumeEmail(ctx, firstName, lastName),
          kind: ParticipantKind.COLLABORATOR,
          company,
          profession,
          jobTitle: rng.pick(JOB_TITLES[profession]),
          since,
          invited,
          skill: rng.float(0.45, 0.95),
          billingAddress: company.address,
        }),
      );
    }
  }

  for (let i = 0; i < PRIVATE_PARTICIPANTS; i++) {
    const { firstName, lastName } = nextName();
    const profession = rng.weighted<Profession>([
      [Profession.EXPERT_COMPTABLE, 45],
      [Profession.COMMISSAIRE_AUX_COMPTES, 30],
      [Profession.OTHER, 25],
    ]);
    const { since, invited } = sinceFor();
    participants.push(
      addParticipant(ctx, {
        firstName,
        lastName,
        email: volumeEmail(ctx, firstName, lastName),
        kind: ParticipantKind.PRIVATE,
        company: null,
        profession,
        jobTitle:
          profession === Profession.OTHER
            ? rng.pick(["Comptable indépendant", "Trésorier d'association", "Consultant"])
            : rng.pick(JOB_TITLES[profession]),
        since,
        invited,
        skill: rng.float(0.5, 0.95),
        billingAddress: rng.pick(PRIVATE_CITIES),
      }),
    );
  }

  const julien = ctx.rows.user.find((u) => u.email === "manager@demo.test");
  if (!julien?.id) throw new Error("Le compte manager@demo.test doit être créé avec le cabinet");
  return { participants, demo: { claire, thomas, sophie, julienUserId: julien.id, delorme } };
}
