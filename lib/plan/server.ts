/**
 * A reader's plan (issue 11): the guides they use and where they live, in a sensible order.
 * The schema and storage live here; the pure parts (URL form, ordering, counts, merge) are in
 * lib/plan/rules.ts, so browser code can use them without zod.
 *
 * The URL form (`?g=instagram,whatsapp&r=EU`) holds the whole choice: no server state, nothing personal.
 */
import { z } from "zod";
import type { Manifest } from "@/lib/content/guides";
import { parseInput, slug } from "@/lib/http/validation";
import { UserFacingError } from "@/lib/http/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_PLAN_GUIDES, mergePlans, PLAN_REGIONS, type Plan } from "./rules";


const regionSchema = z.enum(PLAN_REGIONS, { error: `must be one of: ${PLAN_REGIONS.join(", ")}` }).nullable();

/** What a plan may hold, before the known-guides check (which needs the manifest). */
const planSchema = z.strictObject({
  guides: z
    .array(slug, { error: "must be a list of guide ids" })
    .max(MAX_PLAN_GUIDES, `can hold at most ${MAX_PLAN_GUIDES} guides`)
    .refine((g) => new Set(g).size === g.length, "lists a guide twice"),
  region: regionSchema.default(null),
});

/** A region choice alone (a guide page's "Where do you live?"): the region is required, null clears it. */
const planRegionSchema = z.strictObject({ region: regionSchema });

/** Validates a plan from any entry point: 422 in words for malformed input or a guide that does not exist. */
export function parsePlan(input: unknown, manifest: Manifest): Plan {
  const plan = parseInput(planSchema, input);
  const unknown = plan.guides.find((g) => !manifest.has(g));
  if (unknown) throw new UserFacingError(422, `There is no guide called "${unknown}".`, "unknown-guide", { guide: unknown });
  return plan;
}

/** Replaces the user's plan with a validated one. */
export async function savePlan(db: PrismaClient, userId: string, input: unknown, manifest: Manifest): Promise<Plan> {
  const plan = parsePlan(input, manifest);
  await db.plan.upsert({ where: { userId }, create: { userId, ...plan }, update: plan });
  return plan;
}

/**
 * Sets only the plan's region (a region chosen on a guide page reaches the account, so /checklist on
 * any device counts with it); a reader without a plan gets one with no guides yet. One statement.
 */
export async function savePlanRegion(db: PrismaClient, userId: string, input: unknown): Promise<Plan> {
  const { region } = parseInput(planRegionSchema, input);
  const row = await db.plan.upsert({ where: { userId }, create: { userId, guides: [], region }, update: { region }, select: { guides: true, region: true } });
  return { guides: row.guides, region: row.region };
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
