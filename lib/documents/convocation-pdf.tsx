import { Link, Text, View } from "@react-pdf/renderer";
import { formatCalendarDay, formatDate, formatHour } from "@/lib/dates/paris";
import type { HalfDay, Modality } from "@/lib/db/generated/enums";
import { formatHours } from "@/lib/format/duration";
import { MODALITY_LABELS } from "@/lib/format/labels";
import type { ConvocationData } from "./convocation";
import {
  A4Document,
  Bullets,
  Fields,
  Heading,
  displayUrl,
  renderPdf,
  styles,
  t,
} from "./pdf-parts";
import { cachedPdf } from "./pdf-cache";
import { textLines } from "./text-lines";

const HALF_DAY: Record<HalfDay, string> = {
  MORNING: "Matin",
  AFTERNOON: "Après-midi",
  FULL_DAY: "Journée",
};

const weekday = new Intl.DateTimeFormat("fr-FR", { weekday: "long", timeZone: "UTC" });

/** A DATE value as "mardi 12/03/2026". */
export function formatSlotDay(day: Date): string {
  return `${weekday.format(day)} ${formatCalendarDay(day)}`;
}

/** "3h00 (0,5 jour)" */
export function formatDurationFr(minutes: number, days: number): string {
  return `${formatHours(minutes)} (${days.toLocaleString("fr-FR")} jour${days >= 2 ? "s" : ""})`;
}

/** What to bring (Qualiopi indicator 9), by the way the session is followed. */
const TO_BRING: Record<Modality, string[]> = {
  IN_PERSON: [
    "Cette convocation, imprimée ou sur votre téléphone.",
    "Une pièce d'identité.",
    "De quoi prendre des notes.",
    "Les supports mis à disposition dans votre espace Parcours, s'il y en a.",
  ],
  CURSUS: [
    "Cette convocation, imprimée ou sur votre téléphone.",
    "Une pièce d'identité.",
    "De quoi prendre des notes.",
    "Les supports mis à disposition dans votre espace Parcours, s'il y en a.",
  ],
  VIRTUAL_CLASS: [
    "Un ordinateur connecté à internet, avec un navigateur récent.",
    "Un casque ou des écouteurs avec micro ; une webcam si possible.",
    "Un endroit calme pour suivre la séance.",
    "De quoi prendre des notes.",
  ],
  ELEARNING: [
    "Un ordinateur, une tablette ou un téléphone connecté à internet.",
    "Des écouteurs pour les vidéos.",
  ],
};

function contactLine(c: { name: string | null; email: string; phone: string | null }): string {
  return [c.name, c.phone ? `tél. ${c.phone}` : null, c.email].filter(Boolean).join(" · ");
}

function SlotsTable({ data }: { data: ConvocationData }) {
  const withPlace = data.slots.some((s) => s.venueName);
  const cols = withPlace
    ? { day: "21%", half: "12%", hours: "15%", what: "27%", where: "25%" }
    : { day: "23%", half: "13%", hours: "17%", what: "47%", where: "0%" };
  return (
    <View style={styles.table}>
      <View style={styles.tableHead}>
        <Text style={[styles.cell, { width: cols.day }]}>Date</Text>
        <Text style={[styles.cell, { width: cols.half }]}>Demi-journée</Text>
        <Text style={[styles.cell, { width: cols.hours }]}>Horaires</Text>
        <Text style={[styles.cell, { width: cols.what }]}>Contenu</Text>
        {withPlace ? <Text style={[styles.cell, { width: cols.where }]}>Lieu</Text> : null}
      </View>
      {data.slots.map((slot, i) => (
        <View key={i} style={styles.tableRow} wrap={false}>
          <Text style={[styles.cell, { width: cols.day }]}>{formatSlotDay(slot.date)}</Text>
          <Text style={[styles.cell, { width: cols.half }]}>{HALF_DAY[slot.halfDay]}</Text>
          <Text style={[styles.cell, { width: cols.hours }]}>
            {`${formatHour(slot.startsAt)} - ${formatHour(slot.endsAt)}`}
          </Text>
          <Text style={[styles.cell, { width: cols.what }]}>{t(slot.title)}</Text>
          {withPlace ? (
            <Text style={[styles.cell, { width: cols.where }]}>{t(slot.venueName ?? "")}</Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}

function Place({ data }: { data: ConvocationData }) {
  if (data.elearning) {
    const { access, portalUrl } = data.elearning;
    return (
      <View>
        <Heading>Accès au module e-learning</Heading>
        <Text>
          {access.state === "awaiting-payment"
            ? `Accessible pendant ${access.days} jours à compter du règlement de la commande.`
            : `Accessible pendant ${access.days} jours, du ${formatDate(access.opensAt)} au ${formatDate(access.closesAt)}.`}
        </Text>
        <Text>
          Connectez-vous à votre espace Parcours, rubrique « Mes sessions », puis choisissez «
          Accéder au module » :
        </Text>
        <Link src={portalUrl}>{displayUrl(portalUrl)}</Link>
      </View>
    );
  }
  return (
    <View>
      {data.venues.length > 0 ? (
        <Heading>
          {data.venues.length > 1 ? "Lieux de la formation" : "Lieu de la formation"}
        </Heading>
      ) : null}
      {data.venues.map((venue, i) => (
        <Text key={i} style={{ marginBottom: 6 }}>
          <Text style={styles.bold}>{t(venue.name)}</Text>
          {`\n${t(venue.lines.join(", "))}`}
          {venue.accessInfo ? `\n${t(`Accès : ${venue.accessInfo}`)}` : null}
          {venue.mapUrl ? "\nPlan d'accès : " : null}
          {venue.mapUrl ? <Link src={venue.mapUrl}>{displayUrl(venue.mapUrl)}</Link> : null}
        </Text>
      ))}
      {data.online ? (
        <View wrap={false}>
          <Heading>Connexion à la classe virtuelle</Heading>
          <Text>
            La classe virtuelle ouvre 15 minutes avant le début de chaque séance. Connectez-vous à
            votre espace Parcours, ouvrez les détails de la session et choisissez « Accéder à la
            session » : votre connexion y est enregistrée et atteste votre présence.
          </Text>
          <Text>
            Votre session :{" "}
            <Link src={data.online.portalUrl}>{displayUrl(data.online.portalUrl)}</Link>
          </Text>
          {data.online.joinUrl ? (
            <Text>
              Lien de la classe virtuelle :{" "}
              <Link src={data.online.joinUrl}>{displayUrl(data.online.joinUrl)}</Link>
            </Text>
          ) : (
            <Text>
              Le lien de connexion vous sera communiqué par l&apos;organisme avant la session.
            </Text>
          )}
          <Text style={styles.muted}>
            Testez votre matériel (son, micro, navigateur) avant la première séance.
          </Text>
        </View>
      ) : null}
    </View>
  );
}

export function ConvocationDocument({ data }: { data: ConvocationData }) {
  const { course } = data;
  const intro = data.elearning
    ? "Votre inscription à la formation ci-dessous est confirmée. Vous la suivez à votre rythme pendant la période d'accès indiquée."
    : data.online
      ? "Votre inscription à la formation ci-dessous est confirmée. Nous vous remercions de vous connecter aux dates et horaires indiqués."
      : "Votre inscription à la formation ci-dessous est confirmée. Nous vous remercions de vous présenter aux dates, horaires et lieu indiqués.";
  return (
    <A4Document title={`Convocation - ${course.title}`} organization={data.organization}>
      <Text style={styles.title}>CONVOCATION</Text>
      <Text style={styles.subtitle}>{`Émise le ${formatDate(data.issuedAt)}`}</Text>

      <View style={styles.box}>
        <Fields
          items={[
            ["Participant :", data.participant.fullName],
            ["Entreprise :", data.participant.companyName],
          ]}
        />
      </View>

      <Text style={{ marginTop: 6 }}>{intro}</Text>

      <Heading>Formation</Heading>
      <Fields
        items={[
          ["Intitulé :", course.title],
          ["Réf. session :", data.reference],
          ["Réf. commande :", data.orderReference],
          ["Modalité :", MODALITY_LABELS[course.modality]],
          ["Durée :", formatDurationFr(course.durationMinutes, course.durationDays)],
          ["Organisateur :", data.organizerName],
        ]}
      />

      {data.slots.length > 0 ? (
        <View>
          <Heading>{data.slots.length > 1 ? "Dates et horaires" : "Date et horaires"}</Heading>
          <SlotsTable data={data} />
        </View>
      ) : null}

      <Place data={data} />

      <Heading>À prévoir</Heading>
      <Bullets items={TO_BRING[course.modality]} />
      {course.prerequisites ? (
        <Text style={{ marginTop: 3 }}>
          {t(`Prérequis : ${textLines(course.prerequisites).join(" ; ")}`)}
        </Text>
      ) : null}

      <Heading>Vos contacts</Heading>
      <Fields
        items={[
          ["Organisateur :", contactLine(data.contact)],
          ["Référent handicap :", contactLine(data.disabilityContact)],
        ]}
      />
      <Text style={[styles.muted, { marginTop: 3 }]}>
        Vous êtes en situation de handicap ou avez un besoin particulier ? Contactez le référent
        handicap avant la session pour étudier ensemble les adaptations possibles.
      </Text>

      <Text style={{ marginTop: 6 }}>
        Prévenez l&apos;organisme au plus tôt de toute absence ou de tout retard. En cas de
        changement (date, horaire, lieu), il vous en informera et la convocation à jour sera dans
        votre espace Parcours.
      </Text>
    </A4Document>
  );
}

export function renderConvocationPdf(data: ConvocationData): Promise<Buffer> {
  return renderPdf(<ConvocationDocument data={data} />);
}

/**
 * What the download routes serve: the same printed content (the issue date
 * prints as a day) gives the bytes already rendered, see ./pdf-cache.
 */
export function convocationPdf(data: ConvocationData): Promise<Buffer> {
  return cachedPdf("convocation", { ...data, issuedAt: formatDate(data.issuedAt) }, () =>
    renderConvocationPdf(data),
  );
}
