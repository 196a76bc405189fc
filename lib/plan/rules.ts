/**
 * The plan's pure parts, free of zod and the database so the plan builder and the walkthrough can
 * import them cheaply in the browser: regions, the URL form, ordering, counts, merge. The schema and
 * storage are in lib/plan/server.ts, which re-exports all of this.
 */
import { READER_REGION_CODES, type Category, type Effect, type RegionCode } from "@/lib/content/constants";
import { appliesTo, type ReaderRegion } from "@/lib/plan/reader-region";

/** The plan's region is the reader's region (one vocabulary, lib/content/constants.ts REGIONS). */
export const PLAN_REGIONS = READER_REGION_CODES;
export type PlanRegion = ReaderRegion;
export const MAX_PLAN_GUIDES = 200;
/** localStorage key of the signed-out plan (listed on /privacy). */
export const PLAN_KEY = "untrain:plan";

export type Plan = { guides: string[]; region: PlanRegion | null };


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
  "prepares-request": 2,
  "limits-exposure": 3,
  "limits-ads": 4,
  "limits-personalisation": 5,
  "limits-analytics": 6,
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
  /** The steps that only apply elsewhere, counted per list of regions (pages word them); empty when none is. */
  setAside: SetAsideGroup[];
};

const rankOf = (steps: PlanStep[]) => Math.min(...steps.map((s) => EFFECT_ORDER[s.effect]), Number.MAX_SAFE_INTEGER);

/** A guide's steps that apply where the reader lives, and the ones set aside (all apply when no region is known). */
export function splitByRegion<S extends { region?: readonly RegionCode[] }>(all: readonly S[], reader: ReaderRegion | null): { steps: S[]; setAside: S[] } {
  const steps: S[] = [];
  const setAside: S[] = [];
  for (const step of all) (appliesTo(step.region, reader) ? steps : setAside).push(step);
  return { steps, setAside };
}

/** Orders the plan's guides by their most important step, counts steps and minutes, sets region-only steps aside. */
export function summarizePlan(plan: Plan, outlines: readonly PlanGuide[]): PlanSummary {
  const bySlug = new Map(outlines.map((g) => [g.slug, g]));
  const reader = plan.region;
  const planned = plan.guides.flatMap((slugId, position) => {
    const guide = bySlug.get(slugId);
    if (!guide) return [];
    const { steps, setAside } = splitByRegion(guide.steps, reader);
    const minutes = guide.steps.length ? Math.max(1, Math.round((guide.minutes * steps.length) / guide.steps.length)) : guide.minutes;
    return [{ position, rank: rankOf(steps), item: { slug: guide.slug, platform: guide.platform, steps, setAside, minutes } }];
  });
  planned.sort((a, b) => a.rank - b.rank || a.position - b.position);
  const guides = planned.map((p) => p.item);

  return {
    guides,
    steps: guides.reduce((n, g) => n + g.steps.length, 0),
    minutes: guides.reduce((n, g) => n + (g.steps.length ? g.minutes : 0), 0),
    setAside: setAsideGroups(guides.flatMap((g) => g.setAside)),
  };
}

/** Steps set aside because they only apply in `regions`: the words are the page's (checklist.setAside, client.planBuilder.setAside). */
export type SetAsideGroup = { regions: RegionCode[]; count: number };

/** The steps set aside, counted per list of regions, in the order they first appear. */
export function setAsideGroups(steps: readonly { region?: readonly RegionCode[] }[]): SetAsideGroup[] {
  const byRegions = new Map<string, SetAsideGroup>();
  for (const s of steps) {
    const regions = [...(s.region ?? [])];
    const key = regions.join(",");
    const group = byRegions.get(key);
    if (group) group.count++;
    else byRegions.set(key, { regions, count: 1 });
  }
  return [...byRegions.values()];
}

/** The first step to do: the first applicable step of the first guide that has one. */
export function firstStep(summary: PlanSummary): { guide: string; stepId: string } | null {
  const guide = summary.guides.find((g) => g.steps.length);
  return guide ? { guide: guide.slug, stepId: guide.steps[0]!.id } : null;
}

/**
 * Where a guide sits in the plan ("your plan: guide 2 of 6"), in the order /plan shows, or null when
 * the guide is not in it.
 */
export function planPosition(summary: PlanSummary, guide: string): { index: number; total: number } | null {
  const at = summary.guides.findIndex((g) => g.slug === guide);
  return at < 0 ? null : { index: at + 1, total: summary.guides.length };
}

/** After a guide, the plan goes on with the first applicable step of the guides after it (null: none left, or the guide is not in the plan). */
export function nextInPlan(summary: PlanSummary, guide: string): { guide: string; platform: string; stepId: string } | null {
  const at = summary.guides.findIndex((g) => g.slug === guide);
  if (at < 0) return null;
  const next = summary.guides.slice(at + 1).find((g) => g.steps.length);
  return next ? { guide: next.slug, platform: next.platform, stepId: next.steps[0]!.id } : null;
}

export type PlanProgress = {
  done: number;
  total: number;
  /** The plan's steps left out of the counts because they do not apply where the reader lives. */
  setAside: SetAsideGroup[];
  guides: { slug: string; platform: string; done: number; total: number; next: PlanStep | null; setAside: SetAsideGroup[] }[];
};

/** The checklist's plan: per guide, the applicable steps done and the next one; "N of M" overall; what was set aside. */
export function planProgress(summary: PlanSummary, doneByGuide: ReadonlyMap<string, ReadonlySet<string>>): PlanProgress {
  const guides = summary.guides.map((g) => {
    const done = doneByGuide.get(g.slug) ?? new Set<string>();
    return {
      slug: g.slug,
      platform: g.platform,
      done: g.steps.filter((s) => done.has(s.id)).length,
      total: g.steps.length,
      next: g.steps.find((s) => !done.has(s.id)) ?? null,
      setAside: setAsideGroups(g.setAside),
    };
  });
  return { done: guides.reduce((n, g) => n + g.done, 0), total: guides.reduce((n, g) => n + g.total, 0), setAside: summary.setAside, guides };
}

/** Union of guides (the account's first, in its order) and the account's region unless it has none. */
export function mergePlans(account: Plan | null, incoming: Plan): Plan {
  if (!account) return incoming;
  const guides = [...account.guides];
  for (const g of incoming.guides) if (!guides.includes(g) && guides.length < MAX_PLAN_GUIDES) guides.push(g);
  return { guides, region: account.region ?? incoming.region };
}

/**
 * The plan a page should follow, from what the browser knows: signed in, the account's plan (the
 * device's is merged into it on /plan); otherwise the one on this device. The region is the one the
 * reader chose, wherever they chose it: signed in the account's unless it has none, signed out the
 * device's (the guide pages' choice) before the one stored with the plan.
 */
export function readerPlan(input: { signedIn: boolean; account: Plan | null; local: Plan | null; device: PlanRegion | null }): Plan | null {
  const plan = input.signedIn && input.account ? input.account : input.local;
  if (!plan) return null;
  const region = input.signedIn && input.account ? (plan.region ?? input.device) : (input.device ?? plan.region);
  return { guides: plan.guides, region };
}

export type RegionSync = { kind: "none" } | { kind: "push"; region: PlanRegion | null } | { kind: "pull"; region: PlanRegion };

/**
 * Signed in, on each page load: which way the region goes between this device and the account, so
 * a region chosen once is used everywhere. The account's wins (as when plans merge) unless it has
 * none, or this device's last choice has not reached it yet (`unsaved`: the save failed or was cut off).
 */
export function regionSync(input: { account: PlanRegion | null; device: PlanRegion | null; unsaved: boolean }): RegionSync {
  const { account, device, unsaved } = input;
  if (device !== account && (unsaved || account === null)) return { kind: "push", region: device };
  if (account && account !== device) return { kind: "pull", region: account };
  return { kind: "none" };
}
