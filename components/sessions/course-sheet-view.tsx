import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { TitledSection } from "@/components/ui/titled-section";
import { formatHours } from "@/lib/format/duration";
import { formatCents } from "@/lib/format/money";
import type { CourseSheet } from "@/lib/sessions/course-sheet";
import { MODALITY_LABELS } from "@/lib/format/labels";

/** Multi-line text as the organization wrote it (one paragraph per line). */
function Text({ value }: { value: string }) {
  return (
    <div className="flex flex-col gap-1">
      {value.split(/\n+/).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}

export function CourseSheetView({ sheet }: { sheet: CourseSheet }) {
  const vat = (sheet.vatRateBasisPoints / 100).toLocaleString("fr-FR");
  return (
    <article className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">
          Fiche pédagogique{sheet.code ? ` · ${sheet.code}` : ""}
        </p>
        <PageHeader
          title={sheet.title}
          badge={<Badge tone="brand">{MODALITY_LABELS[sheet.modality]}</Badge>}
        />
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          <dt className="font-medium">Durée :</dt>
          <dd>
            {formatHours(sheet.durationMinutes)} ({sheet.durationDays.toLocaleString("fr-FR")} jour
            {sheet.durationDays > 1 ? "s" : ""})
          </dd>
          <dt className="font-medium">Tarif :</dt>
          <dd>
            {formatCents(sheet.priceExclVatCents)} HT ({formatCents(sheet.priceInclVatCents)} TTC,
            TVA {vat} %)
          </dd>
          <dt className="font-medium">Organisme :</dt>
          <dd>
            {sheet.organization.name}
            {sheet.organization.activityNumber
              ? ` (déclaration d'activité n° ${sheet.organization.activityNumber})`
              : ""}
          </dd>
        </dl>
      </header>
      <TitledSection variant="compact" id="objectifs" title="Objectifs">
        <Text value={sheet.objectives} />
      </TitledSection>
      <TitledSection variant="compact" id="prerequis" title="Prérequis">
        <Text value={sheet.prerequisites ?? "Aucun prérequis"} />
      </TitledSection>
      <TitledSection variant="compact" id="public" title="Public concerné">
        <Text value={sheet.audience} />
      </TitledSection>
      <TitledSection variant="compact" id="programme" title="Programme">
        <Text value={sheet.programme} />
      </TitledSection>
      {sheet.teachingMethods ? (
        <TitledSection variant="compact" id="methodes" title="Méthodes pédagogiques">
          <Text value={sheet.teachingMethods} />
        </TitledSection>
      ) : null}
      <TitledSection variant="compact" id="evaluation" title="Modalités d'évaluation">
        <Text value={sheet.assessmentMethods} />
      </TitledSection>
      <TitledSection
        variant="compact"
        id="handicap"
        title="Accessibilité aux personnes en situation de handicap"
      >
        <p>
          Référent handicap : {sheet.disabilityContact.name} —{" "}
          <a className="underline" href={`mailto:${sheet.disabilityContact.email}`}>
            {sheet.disabilityContact.email}
          </a>
          {sheet.disabilityContact.phone ? ` — ${sheet.disabilityContact.phone}` : ""}
        </p>
      </TitledSection>
      <TitledSection variant="compact" id="contact" title="Contact de l'organisateur">
        <p>
          {sheet.contact.name ? `${sheet.contact.name} — ` : ""}
          {sheet.contact.email ? (
            <a className="underline" href={`mailto:${sheet.contact.email}`}>
              {sheet.contact.email}
            </a>
          ) : null}
          {sheet.contact.phone ? ` — ${sheet.contact.phone}` : ""}
        </p>
      </TitledSection>
    </article>
  );
}
