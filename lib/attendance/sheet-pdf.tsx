import { Text, View } from "@react-pdf/renderer";
import { formatCalendarDay, formatDateTime, formatHour } from "@/lib/dates/paris";
import { formatHours } from "@/lib/format/duration";
import { A4Document, Fields, Heading, renderPdf, styles, t } from "@/lib/documents/pdf-parts";
import { HALF_DAY_LABELS, MODALITY_LABELS } from "@/lib/format/labels";
import { ATTENDANCE_LABELS, ATTENDANCE_METHOD_LABELS } from "./labels";
import type { SheetDocument } from "./sheet-document";

const COLUMNS = [
  { label: "Participant", width: "30%" },
  { label: "Statut", width: "18%" },
  { label: "Signature", width: "22%" },
  { label: "Preuve", width: "30%" },
] as const;

function statusText(row: SheetDocument["slots"][number]["rows"][number]): string {
  if (!row.status) return "Non renseigné";
  const times = [
    row.arrivedAt ? `arrivée ${formatHour(row.arrivedAt)}` : null,
    row.leftAt ? `départ ${formatHour(row.leftAt)}` : null,
  ].filter(Boolean);
  return times.length
    ? `${ATTENDANCE_LABELS[row.status]} (${times.join(", ")})`
    : ATTENDANCE_LABELS[row.status];
}

function SlotSheet({ slot }: { slot: SheetDocument["slots"][number] }) {
  const half = HALF_DAY_LABELS[slot.halfDay];
  const signed = slot.sheets.at(-1);
  return (
    <View wrap={false} style={{ marginBottom: 8 }}>
      <Heading>
        {`${formatCalendarDay(slot.date)}${half ? ` (${half})` : ""}, ${formatHour(slot.startsAt)} – ${formatHour(slot.endsAt)} · ${formatHours(slot.durationMinutes)}`}
      </Heading>
      <Text style={{ marginBottom: 3 }}>{t(`Programme : ${slot.title}`)}</Text>
      <View style={styles.table}>
        <View style={styles.tableHead}>
          {COLUMNS.map((c) => (
            <Text key={c.label} style={[styles.cell, { width: c.width }]}>
              {t(c.label)}
            </Text>
          ))}
        </View>
        {slot.rows.map((row, i) => (
          <View key={i} style={styles.tableRow}>
            <Text style={[styles.cell, { width: COLUMNS[0].width }]}>
              {t(row.companyName ? `${row.name}\n${row.companyName}` : row.name)}
            </Text>
            <Text style={[styles.cell, { width: COLUMNS[1].width }]}>{t(statusText(row))}</Text>
            <Text style={[styles.cell, { width: COLUMNS[2].width }]}>
              {t(row.signedAt ? formatDateTime(row.signedAt) : "—")}
            </Text>
            <Text style={[styles.cell, { width: COLUMNS[3].width }]}>
              {t(row.method ? ATTENDANCE_METHOD_LABELS[row.method] : "—")}
            </Text>
          </View>
        ))}
      </View>
      <Text style={[styles.box, { marginTop: 4 }]}>
        {t(
          signed
            ? `Feuille signée par le formateur ${slot.sheets[0]!.signedBy} le ${formatDateTime(slot.sheets[0]!.signedAt)}.` +
                slot.sheets
                  .slice(1)
                  .map(
                    (v) =>
                      `\nCorrection (version ${v.version}) par ${v.signedBy} le ${formatDateTime(v.signedAt)} : ${v.reason ?? ""}`,
                  )
                  .join("")
            : "Feuille non encore signée par le formateur.",
        )}
      </Text>
    </View>
  );
}

export function SheetPdfDocument({ data }: { data: SheetDocument }) {
  return (
    <A4Document title={`Feuille d'émargement ${data.reference}`} organization={data.organization}>
      <Text style={styles.title}>{t("Feuille d'émargement")}</Text>
      <Text style={styles.subtitle}>{t(data.title)}</Text>
      <Fields
        items={[
          ["Référence :", data.reference],
          ["Modalité :", MODALITY_LABELS[data.modality]],
          ["Lieu :", data.place],
          ["Formateur(s) :", data.trainers.join(", ") || "—"],
        ]}
      />
      {data.slots.map((slot, i) => (
        <SlotSheet key={i} slot={slot} />
      ))}
    </A4Document>
  );
}

export function sheetPdf(data: SheetDocument): Promise<Buffer> {
  return renderPdf(<SheetPdfDocument data={data} />);
}
