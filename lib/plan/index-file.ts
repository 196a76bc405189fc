/**
 * What the plan's ordering needs of every guide (PlanGuide), as one static file the step pages and
 * the end of a guide download only when the guide is in the reader's plan, instead of carrying the
 * whole catalogue in each of their prerendered pages (27 kB at 47 guides, 100× that at 100× the
 * content). Built at `next build` by app/[locale]/plan/index.json/route.ts; compact rows and vocabularies in
 * the file, like the search index (lib/content/search-index.ts). Zod-free for the browser.
 */
import { CATEGORIES, EFFECTS, REGION_CODES, type Category, type Effect, type RegionCode } from "@/lib/content/constants";
import { pickFromVocabulary, versionedIndexFile } from "@/lib/content/search-index";
import type { PlanGuide } from "@/lib/plan/rules";

export const PLAN_INDEX_URL = "/plan/index.json";
const PLAN_INDEX_VERSION = 1;

/** [id, title, number, effect, regions] */
type StepRow = [string, string, number, number, number[]];
/** [slug, platform, category, minutes, steps] */
type GuideRow = [string, string, number, number, StepRow[]];

export type PlanIndex = {
  version: typeof PLAN_INDEX_VERSION;
  categories: readonly string[];
  effects: readonly string[];
  regions: readonly string[];
  guides: GuideRow[];
};

export function buildPlanIndex(guides: readonly PlanGuide[]): PlanIndex {
  return {
    version: PLAN_INDEX_VERSION,
    categories: CATEGORIES,
    effects: EFFECTS,
    regions: REGION_CODES,
    guides: guides.map((g) => [
      g.slug,
      g.platform,
      CATEGORIES.indexOf(g.category),
      g.minutes,
      g.steps.map((s): StepRow => [s.id, s.title, s.number, EFFECTS.indexOf(s.effect), (s.region ?? []).map((r) => REGION_CODES.indexOf(r))]),
    ]),
  };
}

export class PlanIndexError extends Error {}

const pick = <T extends string>(names: unknown, position: unknown, known: readonly T[]) => pickFromVocabulary(names, position, known, PlanIndexError);

/** The guides of a downloaded index; throws `PlanIndexError` on a file of another shape or version. */
export function readPlanIndex(json: unknown): PlanGuide[] {
  const index = json as Partial<PlanIndex> | null;
  if (!index || index.version !== PLAN_INDEX_VERSION || !Array.isArray(index.guides)) throw new PlanIndexError("not a plan index of this version");
  return index.guides.map((row): PlanGuide => {
    if (!Array.isArray(row) || row.length !== 5 || !Array.isArray(row[4])) throw new PlanIndexError("malformed guide row");
    const [slug, platform, category, minutes, steps] = row;
    return {
      slug,
      platform,
      category: pick<Category>(index.categories, category, CATEGORIES),
      minutes,
      steps: steps.map((step) => {
        if (!Array.isArray(step) || step.length !== 5 || !Array.isArray(step[4])) throw new PlanIndexError("malformed step row");
        const [id, title, number, effect, regions] = step;
        const region = regions.map((r) => pick<RegionCode>(index.regions, r, REGION_CODES));
        return { id, title, number, effect: pick<Effect>(index.effects, effect, EFFECTS), ...(region.length ? { region } : {}) };
      }),
    };
  });
}

/** The index as served at build, and its versioned URL (`?v=` changes with the content, so browsers keep it for good). */
export const planIndexFile = versionedIndexFile<readonly PlanGuide[]>(PLAN_INDEX_URL, buildPlanIndex);
