import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.1 levels A and AA: what RGAA 4 asks of a public-facing service. */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe on the page as it is and returns one readable line block per
 * failing element ("rule: help (impact)", the CSS target and the HTML), empty
 * when the page passes. The caller asserts on it, so a failure names the page,
 * the rule and the element without opening the trace.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) =>
      [
        `${violation.id}: ${violation.help} (${violation.impact ?? "?"})`,
        `  target: ${node.target.join(" ")}`,
        `  html:   ${node.html.slice(0, 200)}`,
        node.failureSummary ? `  ${node.failureSummary.replace(/\n/g, "\n  ")}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    ),
  );
}
