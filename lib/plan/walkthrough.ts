/**
 * The guided walkthrough's rules (issue 11), pure so the step pages' island and the tests share them:
 * which step comes before and after, and what the end of a guide reports. Steps that do not apply
 * where the reader lives are handled as the plan and the checklist handle them: set aside, so "Done,
 * next step" and "Skip" go past them, and the end of the guide does not list them as skipped. The
 * step pages' own Back / Next links (no JavaScript, no region known) still visit every step.
 */
import type { RegionCode } from "@/lib/content/constants";
import { appliesTo, type ReaderRegion } from "@/lib/plan/reader-region";
import { stepIndex } from "@/lib/content/steps";

export type WalkStep = { id: string; region?: readonly RegionCode[] };

/** The steps before and after `stepId` that apply where the reader lives (null: none, so Back hides and Next ends the guide). */
export function walkNeighbours(steps: readonly WalkStep[], stepId: string, reader: ReaderRegion | null): { prev: string | null; next: string | null } {
  const at = stepIndex(steps, stepId);
  const applies = (s: WalkStep) => appliesTo(s.region, reader);
  const before = at < 0 ? [] : steps.slice(0, at).filter(applies);
  const after = at < 0 ? [] : steps.slice(at + 1).filter(applies);
  return { prev: before.at(-1)?.id ?? null, next: after[0]?.id ?? null };
}

/**
 * The end of a guide: steps done (wherever they apply: a tick is a tick), steps skipped among those
 * that apply, and steps left out because they only apply elsewhere. `total` counts the steps that
 * apply plus any done elsewhere, so "You did N of M" never reads more than all.
 */
export function guideEnd<S extends WalkStep>(steps: readonly S[], done: ReadonlySet<string>, reader: ReaderRegion | null): { done: S[]; skipped: S[]; notHere: S[]; total: number } {
  const result = { done: [] as S[], skipped: [] as S[], notHere: [] as S[], total: 0 };
  for (const s of steps) {
    if (done.has(s.id)) result.done.push(s);
    else if (appliesTo(s.region, reader)) result.skipped.push(s);
    else result.notHere.push(s);
  }
  result.total = result.done.length + result.skipped.length;
  return result;
}
