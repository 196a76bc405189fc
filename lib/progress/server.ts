/**
 * What a signed-in person did: ticks, re-checks, the dashboard, merge of anonymous ticks, export.
 * Every function takes the user id that the caller resolved from the session, and only ever reads or
 * writes rows with that user id: that is the ownership check. Guides and steps are checked against the
 * step manifest (the guides on disk), never trusted from the client.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Sql } from "@/lib/db/client";
import { findStep, type Manifest } from "@/lib/content/guides";
import { UserFacingError } from "@/lib/http/errors";
import { parseInput, slug } from "@/lib/http/validation";
import { stepById } from "@/lib/content/steps";

export type { Manifest };

export class ProgressError extends UserFacingError {
  override name = "ProgressError";
}

/** Ticks can be no older than the site (and no earlier than PostgreSQL and JavaScript agree on). */
const EARLIEST_TICK = Date.UTC(2024, 0, 1);

export const tickInputSchema = z.strictObject({
  guide: slug,
  stepId: slug,
  done: z.boolean({ error: "done must be true or false" }),
});

export const mergeInputSchema = z.strictObject({
  ticks: z
    .array(
      z.strictObject({
        guide: slug,
        stepId: slug,
        tickedAt: z.iso
          .datetime({ error: "tickedAt must be an ISO date-time", offset: true })
          .refine((t) => Date.parse(t) >= EARLIEST_TICK, "tickedAt is before Untrain existed")
          .optional(),
      }),
    )
    .max(2000, "too many ticks in one merge"),
});

export const recheckInputSchema = z.strictObject({ guide: slug, stepId: slug.optional() });
export const reminderInputSchema = z.strictObject({ months: z.union([z.literal(3), z.literal(6), z.literal(12), z.null()]) });
export const REMINDER_CHOICES = [3, 6, 12] as const;

export type TickState = { guide: string; stepId: string; done: boolean; completedAt: string | null };

/**
 * Ticks or unticks one step in one statement, outside any transaction: ticks are the hot path, so
 * this runs on raw pg (lib/db/client.ts sqlPool), not Prisma.
 * Idempotent: ticking twice keeps the first row (and its time), unticking an unticked step is fine.
 * The CTE reads the existing row from the statement's snapshot when the insert finds a conflict.
 * Times are stored as UTC in a column without time zone, as Prisma does, and read back as UTC.
 */
export async function setStep(sql: Sql, userId: string, input: unknown, manifest: Manifest): Promise<TickState> {
  const { guide, stepId, done } = parseInput(tickInputSchema, input);
  const step = findStep(manifest, guide, stepId);
  if (!done) {
    await sql.query(`DELETE FROM "StepCompletion" WHERE "userId" = $1 AND guide = $2 AND "stepId" = $3`, [userId, guide, stepId]);
    return { guide, stepId, done: false, completedAt: null };
  }
  const { rows } = await sql.query<{ completedAt: Date }>(
    `WITH inserted AS (
      INSERT INTO "StepCompletion" (id, "userId", guide, "stepId", "stepHash", "completedAt")
      VALUES ($1, $2, $3, $4, $5, now() AT TIME ZONE 'UTC')
      ON CONFLICT ("userId", guide, "stepId") DO NOTHING
      RETURNING "completedAt"
    )
    SELECT "completedAt" AT TIME ZONE 'UTC' AS "completedAt" FROM inserted
    UNION ALL
    SELECT "completedAt" AT TIME ZONE 'UTC' FROM "StepCompletion" WHERE "userId" = $2 AND guide = $3 AND "stepId" = $4
    LIMIT 1`,
    [randomUUID(), userId, guide, stepId, step.hash],
  );
  return { guide, stepId, done: true, completedAt: rows[0]?.completedAt.toISOString() ?? null };
}

export type StoredTick = { guide: string; stepId: string; completedAt: string; changed: boolean; removed: boolean };

/** The user's ticks (optionally for one guide), each flagged when its step changed or left the guide. */
export async function listTicks(db: PrismaClient, userId: string, manifest: Manifest, guide?: string): Promise<StoredTick[]> {
  if (guide !== undefined) parseInput(slug, guide);
  const rows = await db.stepCompletion.findMany({ where: { userId, ...(guide ? { guide } : {}) }, orderBy: { completedAt: "asc" } });
  return rows.map((row) => {
    const step = stepById(manifest.get(row.guide), row.stepId);
    return { guide: row.guide, stepId: row.stepId, completedAt: row.completedAt.toISOString(), changed: !!step && step.hash !== row.stepHash, removed: !step };
  });
}

/**
 * Adds ticks made while signed out. A union: existing server ticks are never touched or dropped;
 * ticks for steps that no longer exist are skipped.
 */
export async function mergeTicks(db: PrismaClient, userId: string, input: unknown, manifest: Manifest, now = new Date()): Promise<{ added: number; skipped: number }> {
  const { ticks } = parseInput(mergeInputSchema, input);
  const data = [];
  let skipped = 0;
  for (const tick of ticks) {
    const step = stepById(manifest.get(tick.guide), tick.stepId);
    if (!step) {
      skipped++;
      continue;
    }
    const at = tick.tickedAt ? new Date(tick.tickedAt) : now;
    data.push({ userId, guide: tick.guide, stepId: tick.stepId, stepHash: step.hash, completedAt: at > now ? now : at });
  }
  const { count } = await db.stepCompletion.createMany({ data, skipDuplicates: true });
  return { added: count, skipped: skipped + (data.length - count) };
}

/** "I checked it again": re-confirms one changed step, or every tick of a guide, against today's text. */
export async function recheck(db: PrismaClient, userId: string, input: unknown, manifest: Manifest, now = new Date()): Promise<number> {
  const { guide, stepId } = parseInput(recheckInputSchema, input);
  if (stepId) {
    const step = findStep(manifest, guide, stepId);
    const { count } = await db.stepCompletion.updateMany({ where: { userId, guide, stepId }, data: { stepHash: step.hash, completedAt: now } });
    if (count === 0) throw new ProgressError(404, "You have not ticked that step.");
    return count;
  }
  const steps = manifest.get(guide);
  if (!steps) throw new ProgressError(422, `There is no guide called "${guide}".`);
  // Each step has its own current hash, so one update per step, applied together.
  const results = await db.$transaction(
    steps.map((step) => db.stepCompletion.updateMany({ where: { userId, guide, stepId: step.id }, data: { stepHash: step.hash, completedAt: now } })),
  );
  return results.reduce((sum, r) => sum + r.count, 0);
}

export async function setReminder(db: PrismaClient, userId: string, input: unknown): Promise<number | null> {
  const { months } = parseInput(reminderInputSchema, input);
  await db.user.update({ where: { id: userId }, data: { reminderMonths: months } });
  return months;
}
