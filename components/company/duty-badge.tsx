import { Badge } from "@/components/ui/badge";
import { formatHours } from "@/lib/format/duration";
import type { DutyStatus } from "@/lib/sessions/duty";

/** Where a collaborator stands against the 120 h / 3 years and 20 h / year duty. */
export function DutyBadge({ duty }: { duty: DutyStatus | null }) {
  if (!duty) return <span className="text-ink-muted">Sans obligation</span>;
  const thisYear = duty.years[duty.years.length - 1]!;
  if (duty.meetsThreeYears && thisYear.meetsYearly) return <Badge tone="success">À jour</Badge>;
  const missing: string[] = [];
  if (!duty.meetsThreeYears) missing.push(`${formatHours(duty.missingMinutes)} sur 3 ans`);
  if (!thisYear.meetsYearly) missing.push(`${formatHours(20 * 60 - thisYear.minutes)} cette année`);
  return <Badge tone="warning">Manque {missing.join(" et ")}</Badge>;
}
