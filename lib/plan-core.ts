/**
 * The plan's pure parts, free of zod and the database so the plan builder and the walkthrough can
 * import them cheaply in the browser: regions, the URL form, ordering, counts, merge. The schema and
 * storage are in lib/plans.ts, which re-exports all of this.
 */
import type { Category, Effect, RegionCode } from "@/lib/content/constants";
import { appliesTo, type ReaderRegion } from "@/lib/reader-region";

export const PLAN_REGIONS = ["EU", "UK", "CH", "US", "other"] as const;
export type PlanRegion = (typeof PLAN_REGIONS)[number];
export const PLAN_REGION_LABELS: Record<PlanRegion, string> = {
  EU: "EU / EEA",
  UK: "UK",
  CH: "Switzerland",
  US: "US",
  other: "Elsewhere",
};
export const MAX_PLAN_GUIDES = 200;
/** localStorage key of the signed-out plan (listed on /privacy). */
export const PLAN_KEY = "untrain:plan";

export type Plan = { guides: string[]; region: PlanRegion | null };

/** The plan's region as the region store (lib/reader-region.ts) knows it. */
export function toReaderRegion(region: PlanRegion | null): ReaderRegion | null {
  if (region === null) return null;
  return region === "other" ? "elsewhere" : region;
}

export function fromReaderRegion(region: ReaderRegion | null): PlanRegion | null {
  if (region === null) return null;
  return region === "elsewhere" ? "other" : region;
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;
const first = (params: Params, key: string): string | undefined => {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  return Array.isArray(value) ? value[0] : value;
};

/** `g=instagram,whatsapp&r=EU` → a plan. Lenient, like readQuery: drops unknown or repeated guides and a bad region. */
export function readPlanQuery(params: Params, knownGuides: ReadonlySet<string>): Plan {
  const guides: string[] = [];
  for (const g of (first(params, "g") ?? "").split(",")) {
    const id = g.trim();
    if (id && knownGuides.has(id) && !guides.includes(id) && guides.length < MAX_PLAN_GUIDES) guides.push(id);
  }
  const r = first(params, "r");
  const region = (PLAN_REGIONS as readonly string[]).includes(r ?? "") ? (r as PlanRegion) : null;
  return { guides, region };
}

/** The inverse of readPlanQuery: `?g=…&r=…` (commas kept readable), or "" for an empty plan. */
export function planQuery(plan: Plan): string {
  const parts: string[] = [];
  if (plan.guides.length) parts.push(`g=${plan.guides.map(encodeURIComponent).join(",")}`);
  if (plan.region) parts.push(`r=${plan.region}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

/** What ordering and counting need of a guide: its steps' effects and regions, no MDX. */
export type PlanStep = { id: string; title: string; number: number; effect: Effect; region?: RegionCode[] };
export type PlanGuide = { slug: string; platform: string; category: Category; minutes: number; steps: PlanStep[] };

/** Stop training first, then delete what was kept, then object, then exposure and ads. */
export const EFFECT_ORDER: Record<Effect, number> = {
  "stops-training": 0,
  "deletes-data": 1,
  objects: 2,
  "limits-exposure": 3,
  "limits-ads": 4,
};

export type PlannedGuide = {
  slug: string;
  platform: string;
  /** Steps that apply where the reader lives, in the guide's order. */
  steps: PlanStep[];
  /** Steps that only apply elsewhere. */
  setAside: PlanStep[];
  /** The guide's minutes, in proportion to the steps that apply (at least 1). */
  minutes: number;
};

export type PlanSummary = {
  guides: PlannedGuide[];
  steps: number;
  minutes: number;
  /** "3 steps only apply in the EU", one line per region list; empty when nothing is set aside. */
  setAside: string[];
};

const rankOf = (steps: PlanStep[]) => Math.min(...steps.map((s) => EFFECT_ORDER[s.effect]), Number.MAX_SAFE_INTEGER);

/** Orders the plan's guides by their most important step, counts steps and minutes, sets region-only steps aside. */
export function summarizePlan(plan: Plan, outlines: readonly PlanGuide[]): PlanSummary {
  const bySlug = new Map(outlines.map((g) => [g.slug, g]));
  const reader = toReaderRegion(plan.region);
  const planned = plan.guides.flatMap((slugId, position) => {
    const guide = bySlug.get(slugId);
    if (!guide) return [];
    const steps = guide.steps.filter((s) => appliesTo(s.region, reader));
    const setAside = guide.steps.filter((s) => !appliesTo(s.region, reader));
    const minutes = guide.steps.length ? Math.max(1, Math.round((guide.minutes * steps.length) / guide.steps.length)) : guide.minutes;
    return [{ position, rank: rankOf(steps), item: { slug: guide.slug, platform: guide.platform, steps, setAside, minutes } }];
  });
  planned.sort((a, b) => a.rank - b.rank || a.position - b.position);
  const guides = planned.map((p) => p.item);

  const asideByRegion = new Map<string, number>();
  for (const g of guides) {
    for (const s of g.setAside) {
      const where = (s.region ?? []).join(", ");
      asideByRegion.set(where, (asideByRegion.get(where) ?? 0) + 1);
    }
  }
  const setAside = [...asideByRegion].map(([where, n]) => `${n} ${n === 1 ? "step only applies" : "steps only apply"} in the ${where.replace(/, ([^,]*)$/, " or $1")}`);
  return {
    guides,
    steps: guides.reduce((n, g) => n + g.steps.length, 0),
    minutes: guides.reduce((n, g) => n + (g.steps.length ? g.minutes : 0), 0),
    setAside,
  };
}

/** The first step to do: the first applicable step of the first guide that has one. */
export function firstStep(summary: PlanSummary): { guide: string; stepId: string } | null {
  const guide = summary.guides.find((g) => g.steps.length);
  return guide ? { guide: guide.slug, stepId: guide.steps[0]!.id } : null;
}

export type PlanProgress = {
  done: number;
  total: number;
  guides: { slug: string; platform: string; done: number; total: number; next: PlanStep | null }[];
};

/** The checklist's plan: per guide, the applicable steps done and the next one; "N of M" overall. */
export function planProgress(summary: PlanSummary, doneByGuide: ReadonlyMap<string, ReadonlySet<string>>): PlanProgress {
  const guides = summary.guides.map((g) => {
    const done = doneByGuide.get(g.slug) ?? new Set<string>();
    return { slug: g.slug, platform: g.platform, done: g.steps.filter((s) => done.has(s.id)).length, total: g.steps.length, next: g.steps.find((s) => !done.has(s.id)) ?? null };
  });
  return { done: guides.reduce((n, g) => n + g.done, 0), total: guides.reduce((n, g) => n + g.total, 0), guides };
}

/** Union of guides (the account's first, in its order) and the account's region unless it has none. */
export function mergePlans(account: Plan | null, incoming: Plan): Plan {
  if (!account) return incoming;
  const guides = [...account.guides];
  for (const g of incoming.guides) if (!guides.includes(g) && guides.length < MAX_PLAN_GUIDES) guides.push(g);
  return { guides, region: account.region ?? incoming.region };
}
