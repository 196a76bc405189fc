/**
 * A reader's plan (issue 11): the guides they use and where they live, in a sensible order.
 * Pure functions (schema, URL form, ordering, counts) are shared by server and client; the storage
 * functions take `db` so integration tests run them against real PostgreSQL.
 *
 * The URL form (`?g=instagram,whatsapp&r=EU`) holds the whole choice: no server state, nothing personal.
 */
import { z } from "zod";
import type { Category, Effect, RegionCode } from "@/lib/content/constants";
import type { Manifest } from "@/lib/content/guides";
import { appliesTo, type ReaderRegion } from "@/lib/reader-region";
import { slug } from "@/lib/validation";
import { UserFacingError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

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

export type Plan = { guides: string[]; region: PlanRegion | null };

/** What a plan may hold, before the known-guides check (which needs the manifest). */
export const planSchema = z.strictObject({
  guides: z
    .array(slug, { error: "must be a list of guide ids" })
    .max(MAX_PLAN_GUIDES, `can hold at most ${MAX_PLAN_GUIDES} guides`)
    .refine((g) => new Set(g).size === g.length, "lists a guide twice"),
  region: z.enum(PLAN_REGIONS, { error: `must be one of: ${PLAN_REGIONS.join(", ")}` }).nullable().default(null),
});

/** Validates a plan from any entry point: 422 in words for malformed input or a guide that does not exist. */
export function parsePlan(input: unknown, manifest: Manifest): Plan {
  const result = planSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new UserFacingError(422, `${where}${issue.message}`);
  }
  const unknown = result.data.guides.find((g) => !manifest.has(g));
  if (unknown) throw new UserFacingError(422, `There is no guide called "${unknown}".`);
  return result.data;
}

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

/** Union of guides (the account's first, in its order) and the account's region unless it has none. */
export function mergePlans(account: Plan | null, incoming: Plan): Plan {
  if (!account) return incoming;
  const guides = [...account.guides];
  for (const g of incoming.guides) if (!guides.includes(g) && guides.length < MAX_PLAN_GUIDES) guides.push(g);
  return { guides, region: account.region ?? incoming.region };
}

export async function loadPlan(db: PrismaClient, userId: string): Promise<Plan | null> {
  const row = await db.plan.findUnique({ where: { userId }, select: { guides: true, region: true } });
  return row ? { guides: row.guides, region: row.region } : null;
}

/** Replaces the user's plan with a validated one. */
export async function savePlan(db: PrismaClient, userId: string, input: unknown, manifest: Manifest): Promise<Plan> {
  const plan = parsePlan(input, manifest);
  await db.plan.upsert({ where: { userId }, create: { userId, ...plan }, update: plan });
  return plan;
}

/** Sign-in: a plan made signed out joins the account's (union of guides; the account's region wins unless unset). */
export async function mergePlan(db: PrismaClient, userId: string, input: unknown, manifest: Manifest): Promise<Plan> {
  const incoming = parsePlan(input, manifest);
  return db.$transaction(async (tx) => {
    const existing = await tx.plan.findUnique({ where: { userId }, select: { guides: true, region: true } });
    const merged = mergePlans(existing, incoming);
    await tx.plan.upsert({ where: { userId }, create: { userId, ...merged }, update: merged });
    return merged;
  });
}
