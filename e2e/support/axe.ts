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
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    // axe.run in the page itself. The default runs axe in each frame, then again in
    // a new blank page to merge the frames' results: 1.8 s an audit on two cores
    // against 0.9 s, and on three of our pages it missed what axe.run reports (two
    // landmarks of one name, a skipped heading level). The app has no iframe to merge.
    .setLegacyMode()
    // Only the failures carry their elements (passes are counted, not described).
    .options({ resultTypes: ["violations"] })
    .analyze();
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
