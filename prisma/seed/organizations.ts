import { OrganizationRole } from "../../lib/db/generated/enums";
import { addDaysTo } from "./clock";
import { activityNumber, siretFactory, vatNumberOf } from "./identity";
import { newId, type OrgKey, type OrgPlan, type SeedContext, type VenuePlan } from "./plan";
import { addUser, volumeEmail } from "./users";

type VenueSeed = {
  name: string;
  addressLine1: string;
  addressLine2?: string;
  postalCode: string;
  city: string;
  latitude: number;
  longitude: number;
  accessInfo?: string;
};

type PersonSeed = { firstName: string; lastName: string; email?: string };

type OrgSeed = {
  key: OrgKey;
  code: string;
  name: string;
  legalName: string;
  region: string;
  department: string;
  addressLine1: string;
  addressLine2?: string;
  postalCode: string;
  city: string;
  phone: string;
  domain: string;
  signatoryName: string;
  signatoryTitle: string;
  disabilityContactName: string;
  disabilityContactPhone: string;
  dayStyle: "fullday" | "split";
  admin: PersonSeed;
  staff: PersonSeed[];
  trainers: PersonSeed[];
  venues: VenueSeed[];
};

/**
 * The three organizations the guide names (CRFC Centre-Est stands for the
 * guide's "Test" organizer) and two more, so that "Mon parcours" shows
 * trainings followed with several organizations (guide rule 13).
 */
const ORGANIZATIONS: OrgSeed[] = [
  {
    key: "crfc",
    code: "20",
    name: "CRFC Centre-Est",
    legalName: "Centre Régional de Formation Comptable Centre-Est",
    region: "84",
    department: "69",
    addressLine1: "18 rue de la Villette",
    addressLine2: "Immeuble Le Bonnel, 4e étage",
    postalCode: "69003",
    city: "Lyon",
    phone: "04 78 62 14 30",
    domain: "crfc-centre-est",
    signatoryName: "Marc Girardin",
    signatoryTitle: "Directeur",
    disabilityContactName: "Hélène Vasseur",
    disabilityContactPhone: "04 78 62 14 35",
    dayStyle: "split",
    admin: { firstName: "Nadia", lastName: "Benali", email: "organisme@demo.test" },
    staff: [{ firstName: "Laurent", lastName: "Perrin" }],
    trainers: [
      { firstName: "Catherine", lastName: "Morel" },
      { firstName: "Philippe", lastName: "Garnier" },
    ],
    venues: [
      {
        name: "DIRECTION DÉPARTEMENTALE FINANCES PUBLIQUES PUY DE DOME",
        addressLine1: "2 rue Gilbert Morel",
        postalCode: "63000",
        city: "Clermont-Ferrand",
        latitude: 45.7745,
        longitude: 3.0846,
        accessInfo:
          "Tram A, arrêt Jaude. Parking Jaude 1 à 300 m. Accueil au rez-de-chaussée, salle accessible PMR.",
      },
      {
        name: "CRFC Centre-Est – Espace Part-Dieu",
        addressLine1: "18 rue de la Villette",
        addressLine2: "Immeuble Le Bonnel, 4e étage",
        postalCode: "69003",
        city: "Lyon",
        latitude: 45.7603,
        longitude: 4.8606,
        accessInfo:
          "Gare Part-Dieu à 5 minutes à pied (sortie Villette). Métro B, arrêt Gare Part-Dieu.",
      },
      {
        name: "Maison des Entreprises de Dijon",
        addressLine1: "6 rue Chancelier de l'Hospital",
        postalCode: "21000",
        city: "Dijon",
        latitude: 47.3188,
        longitude: 5.0595,
        accessInfo: "Tram T1, arrêt Auditorium. Parking visiteurs gratuit.",
      },
    ],
  },
  {
    key: "supexprtise",
    code: "41",
    name: "SUPEXPRTISE Paris",
    legalName: "SUPEXPRTISE Paris SAS",
    region: "11",
    department: "75",
    addressLine1: "52 rue de la Victoire",
    postalCode: "75009",
    city: "Paris",
    phone: "01 44 15 60 60",
    domain: "supexprtise-paris",
    signatoryName: "Anne-Sophie Marchal",
    signatoryTitle: "Présidente",
    disabilityContactName: "Julie Fontaine",
    disabilityContactPhone: "01 44 15 60 68",
    dayStyle: "fullday",
    admin: { firstName: "Olivier", lastName: "Charpentier" },
    staff: [],
    trainers: [
      { firstName: "Bruno", lastName: "Lefèvre" },
      { firstName: "Sandrine", lastName: "Mercier" },
    ],
    venues: [
      {
        name: "Centre de conférences Victoire",
        addressLine1: "52 rue de la Victoire",
        postalCode: "75009",
        city: "Paris",
        latitude: 48.8753,
        longitude: 2.3365,
        accessInfo:
          "Métro Le Peletier (ligne 7) ou Chaussée d'Antin (lignes 7 et 9). Salle accessible PMR.",
      },
      {
        name: "Espace Saint-Lazare",
        addressLine1: "15 rue de Londres",
        postalCode: "75009",
        city: "Paris",
        latitude: 48.8774,
        longitude: 2.3289,
        accessInfo: "Gare Saint-Lazare à 3 minutes à pied.",
      },
    ],
  },
  {
    key: "asfodem",
    code: "06",
    name: "ASFODEM",
    legalName: "Association pour la Formation et le Développement des Entreprises de Mayotte",
    region: "06",
    department: "76",
    addressLine1: "Kaweni",
    addressLine2: "Immeuble Espace Kaweni, 1er étage",
    postalCode: "97600",
    city: "Mamoudzou",
    phone: "02 69 61 24 80",
    domain: "asfodem",
    signatoryName: "Fatima Abdallah",
    signatoryTitle: "Directrice",
    disabilityContactName: "Ismaël Madi",
    disabilityContactPhone: "02 69 61 24 82",
    dayStyle: "split",
    admin: { firstName: "Rachida", lastName: "Soilihi" },
    staff: [],
    trainers: [{ firstName: "Yannick", lastName: "Hoarau" }],
    venues: [
      {
        name: "ASFODEM",
        addressLine1: "Kaweni",
        addressLine2: "Immeuble Espace Kaweni, 1er étage",
        postalCode: "97600",
        city: "Mamoudzou",
        latitude: -12.7617,
        longitude: 45.2279,
        accessInfo: "Zone commerciale de Kaweni, parking devant l'immeuble.",
      },
    ],
  },
  {
    key: "iafc",
    code: "44",
    name: "IAFC Nantes",
    legalName: "Institut Atlantique de Formation Comptable",
    region: "52",
    department: "44",
    addressLine1: "14 quai de la Fosse",
    postalCode: "44000",
    city: "Nantes",
    phone: "02 40 48 75 10",
    domain: "iafc-atlantique",
    signatoryName: "Gilles Le Goff",
    signatoryTitle: "Directeur général",
    disabilityContactName: "Maëlle Guillou",
    disabilityContactPhone: "02 40 48 75 19",
    dayStyle: "split",
    admin: { firstName: "Sylvie", lastName: "Bouchet" },
    staff: [{ firstName: "Romain", lastName: "Tessier" }],
    trainers: [
      { firstName: "Hervé", lastName: "Le Bihan" },
      { firstName: "Claire", lastName: "Jaouen" },
    ],
    venues: [
      {
        name: "IAFC – Centre de formation de Nantes",
        addressLine1: "14 quai de la Fosse",
        postalCode: "44000",
        city: "Nantes",
        latitude: 47.2113,
        longitude: -1.5617,
        accessInfo: "Tram 1, arrêt Médiathèque. Parking Feydeau à 400 m.",
      },
      {
        name: "Espace Anne de Bretagne",
        addressLine1: "5 place de la République",
        postalCode: "35000",
        city: "Rennes",
        latitude: 48.1098,
        longitude: -1.6794,
        accessInfo: "Métro ligne A, arrêt République.",
      },
    ],
  },
  {
    key: "acfm",
    code: "13",
    name: "ACF Méditerranée",
    legalName: "Audit & Conseil Formation Méditerranée",
    region: "93",
    department: "13",
    addressLine1: "27 boulevard Michelet",
    postalCode: "13008",
    city: "Marseille",
    phone: "04 91 22 37 40",
    domain: "acf-mediterranee",
    signatoryName: "Jean-Pierre Santoni",
    signatoryTitle: "Gérant",
    disabilityContactName: "Laure Ricci",
    disabilityContactPhone: "04 91 22 37 45",
    dayStyle: "fullday",
    admin: { firstName: "Karine", lastName: "Orsini" },
    staff: [],
    trainers: [
      { firstName: "Thierry", lastName: "Castellani" },
      { firstName: "Nathalie", lastName: "Vidal" },
    ],
    venues: [
      {
        name: "ACF Méditerranée – Prado",
        addressLine1: "27 boulevard Michelet",
        postalCode: "13008",
        city: "Marseille",
        latitude: 43.2718,
        longitude: 5.3953,
        accessInfo: "Métro 2, arrêt Rond-Point du Prado. Parking du stade à 200 m.",
      },
      {
        name: "Centre d'affaires Antigone",
        addressLine1: "120 place de Thessalie",
        postalCode: "34000",
        city: "Montpellier",
        latitude: 43.6078,
        longitude: 3.8898,
        accessInfo: "Tram 1, arrêt Antigone.",
      },
    ],
  },
];

export function buildOrganizations(ctx: SeedContext): Record<OrgKey, OrgPlan> {
  const rng = ctx.rng.fork("organizations");
  const nextSiret = siretFactory(rng);
  const founded = addDaysTo(ctx.clock.now, -5 * 365);
  const result = {} as Record<OrgKey, OrgPlan>;

  for (const seed of ORGANIZATIONS) {
    const id = newId();
    const siret = nextSiret();
    const email = `formation@${seed.domain}.test`;
    ctx.rows.trainingOrganization.push({
      id,
      name: seed.name,
      legalName: seed.legalName,
      siret,
      activityNumber: activityNumber(rng, seed.region, seed.department),
      vatNumber: vatNumberOf(siret),
      addressLine1: seed.addressLine1,
      addressLine2: seed.addressLine2 ?? null,
      postalCode: seed.postalCode,
      city: seed.city,
      phone: seed.phone,
      email,
      website: `https://www.${seed.domain}.fr`,
      signatoryName: seed.signatoryName,
      signatoryTitle: seed.signatoryTitle,
      disabilityContactName: seed.disabilityContactName,
      disabilityContactEmail: `referent.handicap@${seed.domain}.test`,
      disabilityContactPhone: seed.disabilityContactPhone,
      createdAt: founded,
    });

    const venues: VenuePlan[] = seed.venues.map((v) => {
      const venueId = newId();
      ctx.rows.venue.push({
        id: venueId,
        organizationId: id,
        name: v.name,
        addressLine1: v.addressLine1,
        addressLine2: v.addressLine2 ?? null,
        postalCode: v.postalCode,
        city: v.city,
        latitude: v.latitude,
        longitude: v.longitude,
        accessInfo: v.accessInfo ?? null,
        createdAt: founded,
      });
      return { id: venueId, name: v.name, city: v.city };
    });

    const addStaff = (person: PersonSeed, role: OrganizationRole): string => {
      const joined = addDaysTo(founded, rng.int(10, 300));
      const userId = addUser(ctx, {
        email: person.email ?? volumeEmail(ctx, person.firstName, person.lastName),
        firstName: person.firstName,
        lastName: person.lastName,
        createdAt: joined,
      });
      ctx.rows.organizationStaff.push({
        id: newId(),
        userId,
        organizationId: id,
        role,
        createdAt: joined,
      });
      return userId;
    };

    const adminUserId = addStaff(seed.admin, OrganizationRole.ADMIN);
    const staffUserIds = [
      adminUserId,
      ...seed.staff.map((p) => addStaff(p, OrganizationRole.STAFF)),
    ];
    const trainerUserIds = seed.trainers.map((p) => addStaff(p, OrganizationRole.TRAINER));

    result[seed.key] = {
      key: seed.key,
      id,
      code: seed.code,
      name: seed.name,
      adminUserId,
      staffUserIds,
      trainerUserIds,
      venues,
      visioHost: `https://visio.${seed.domain}.fr`,
      contactName: `${seed.admin.firstName} ${seed.admin.lastName}`,
      contactEmail: email,
      contactPhone: seed.phone,
      dayStyle: seed.dayStyle,
    };
  }
  return result;
}

export function venueNamed(org: OrgPlan, name: string): VenuePlan {
  const venue = org.venues.find((v) => v.name === name);
  if (!venue) throw new Error(`Lieu inconnu pour ${org.name} : ${name}`);
  return venue;
}
