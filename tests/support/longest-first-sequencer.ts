import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The integration files run two at a time (vitest.config.ts). Without Vitest's
 * results cache, as on a fresh clone in CI, they are ordered by file size, and
 * the longest runs are small files: the fuzzing of the routes (90 s in CI then)
 * came last, one core working alone at the end while the other was idle. These
 * files start first, longest first (measured on this machine, 2026-12-07
 * evening: the matrix 40-49 s, the route fuzzing 39 s, the action fuzzing 23 s,
 * the seed 21 s); the others keep Vitest's order.
 */
const LONGEST_FIRST = [
  "tests/integration/authorization-matrix.test.ts",
  "tests/integration/fuzz-routes.test.ts",
  "tests/integration/fuzz-actions.test.ts",
  "tests/integration/seed.test.ts",
];

function rank(spec: TestSpecification): number {
  const index = LONGEST_FIRST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
  return index === -1 ? LONGEST_FIRST.length : index;
}

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const order = new Map(sorted.map((spec, i) => [spec, i]));
    // Projects keep their group order (unit before integration): only files of one group move.
    const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    return [...sorted].sort(
      (a, b) => group(a) - group(b) || rank(a) - rank(b) || order.get(a)! - order.get(b)!,
    );
  }
}
