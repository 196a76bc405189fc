/**
 * What readers' ticks and reports say about a step, in aggregate only. A rollup table (`StepStats`)
 * is rebuilt as a whole by `npm run stats:refresh` (and by the daily maintenance), in PostgreSQL, so
 * no page view scans ticks. Each row counts one step; nothing in it is per person.
 *
 * - Ticks count only ticks of the step's current text (the tick's hash matches the manifest): a tick
 *   of text that has since changed is not evidence that today's text works. One person has at most one
 *   tick per step, so a tick count is a count of people.
 * - Signals are readers' reports that a step moved: "out of date" reports and the walkthrough's
 *   "I can't find this" (kind cant_find). Reports are anonymous, so they count reports, not people.
 * - A count of people is shown only when at least STATS_MIN_PEOPLE are in it.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Manifest } from "@/lib/content/guides";

/** "Done by N people in the last 30 days". */
export const STATS_WINDOW_DAYS = 30;
/** Fewer people than this and the count is not shown anywhere. */
export const STATS_MIN_PEOPLE = 10;
/** The desk's jump flag compares the last RECENT_DAYS with the PRIOR_DAYS before them. */
export const RECENT_DAYS = 7;
export const PRIOR_DAYS = 30;
/** A jump needs at least this many signals in the recent window (so 1 or 2 reports never flag a step)… */
export const JUMP_MIN_SIGNALS = 3;
/** …a share of signals (signals / (signals + ticks)) of at least this in the recent window… */
export const JUMP_MIN_SHARE = 0.1;
/** …and at least this many times the share of the prior window. */
export const JUMP_FACTOR = 2;

export type StepStatsRow = {
  guide: string;
  stepId: string;
  ticks30d: number;
  outOfDate30d: number;
  cantFind30d: number;
  ticks7d: number;
  signals7d: number;
  ticksPrior30d: number;
  signalsPrior30d: number;
  refreshedAt: Date;
};

/**
 * Rebuilds the rollup for the steps of `manifest` as of `now`, in one transaction: readers keep seeing
 * the previous rows until it commits, and two refreshes at once wait for each other instead of
 * colliding. Returns how many steps have a row (steps with no tick and no report in the windows have none).
 */
export async function refreshStepStats(db: PrismaClient, manifest: Manifest, now = new Date()): Promise<{ steps: number }> {
  const guides: string[] = [];
  const stepIds: string[] = [];
  const hashes: string[] = [];
  for (const [guide, steps] of manifest) {
    for (const step of steps) {
      guides.push(guide);
      stepIds.push(step.id);
      hashes.push(step.hash);
    }
  }
  const at = now.toISOString();
  const steps = await db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "StepStats" IN EXCLUSIVE MODE`;
    await tx.$executeRaw`DELETE FROM "StepStats"`;
    return tx.$executeRaw`
      WITH n AS (
        SELECT (${at}::timestamptz AT TIME ZONE 'UTC') AS t,
               ${STATS_WINDOW_DAYS}::int * interval '1 day' AS window_len,
               ${RECENT_DAYS}::int * interval '1 day' AS recent_len,
               (${RECENT_DAYS}::int + ${PRIOR_DAYS}::int) * interval '1 day' AS reach
      ),
      steps AS (
        SELECT * FROM unnest(${guides}::text[], ${stepIds}::text[], ${hashes}::text[]) AS s(guide, "stepId", hash)
      ),
      ticks AS (
        SELECT c.guide, c."stepId",
               count(*) FILTER (WHERE c."completedAt" > n.t - n.window_len) AS in_window,
               count(*) FILTER (WHERE c."completedAt" > n.t - n.recent_len) AS recent,
               count(*) FILTER (WHERE c."completedAt" <= n.t - n.recent_len) AS prior
        FROM "StepCompletion" c
        JOIN steps s ON s.guide = c.guide AND s."stepId" = c."stepId" AND s.hash = c."stepHash"
        CROSS JOIN n
        WHERE c."completedAt" > n.t - n.reach AND c."completedAt" <= n.t
        GROUP BY c.guide, c."stepId"
      ),
      signals AS (
        SELECT r.guide, r."stepId",
               count(*) FILTER (WHERE r.kind = 'out_of_date' AND r."createdAt" > n.t - n.window_len) AS out_of_date,
               count(*) FILTER (WHERE r.kind = 'cant_find' AND r."createdAt" > n.t - n.window_len) AS cant_find,
               count(*) FILTER (WHERE r."createdAt" > n.t - n.recent_len) AS recent,
               count(*) FILTER (WHERE r."createdAt" <= n.t - n.recent_len) AS prior
        FROM "StepReport" r
        JOIN steps s ON s.guide = r.guide AND s."stepId" = r."stepId"
        CROSS JOIN n
        WHERE r."createdAt" > n.t - n.reach AND r."createdAt" <= n.t
        GROUP BY r.guide, r."stepId"
      )
      INSERT INTO "StepStats" (guide, "stepId", "ticks30d", "outOfDate30d", "cantFind30d", "ticks7d", "signals7d", "ticksPrior30d", "signalsPrior30d", "refreshedAt")
      SELECT s.guide, s."stepId",
             coalesce(t.in_window, 0), coalesce(g.out_of_date, 0), coalesce(g.cant_find, 0),
             coalesce(t.recent, 0), coalesce(g.recent, 0), coalesce(t.prior, 0), coalesce(g.prior, 0), n.t
      FROM steps s
      CROSS JOIN n
      LEFT JOIN ticks t ON t.guide = s.guide AND t."stepId" = s."stepId"
      LEFT JOIN signals g ON g.guide = s.guide AND g."stepId" = s."stepId"
      WHERE t.guide IS NOT NULL OR g.guide IS NOT NULL`;
  });
  return { steps };
}

export function describeStatsRefresh(result: { steps: number }): string {
  return `Step stats: refreshed, ${result.steps} step(s) with ticks or reports in the last ${RECENT_DAYS + PRIOR_DAYS} days.`;
}

/** People in a count, or null when fewer than STATS_MIN_PEOPLE are in it (then it is shown nowhere). */
export function shownPeople(count: number): number | null {
  return count >= STATS_MIN_PEOPLE ? count : null;
}

function share(signals: number, ticks: number): number {
  return signals + ticks === 0 ? 0 : signals / (signals + ticks);
}

/**
 * True when the share of "this step moved" signals jumped: in the last RECENT_DAYS there were at least
 * JUMP_MIN_SIGNALS signals, they were at least JUMP_MIN_SHARE of signals + ticks, and that share is at
 * least JUMP_FACTOR times the share of the PRIOR_DAYS before. The desk lists such steps first.
 */
export function signalsJumped(row: Pick<StepStatsRow, "ticks7d" | "signals7d" | "ticksPrior30d" | "signalsPrior30d">): boolean {
  if (row.signals7d < JUMP_MIN_SIGNALS) return false;
  const recent = share(row.signals7d, row.ticks7d);
  if (recent < JUMP_MIN_SHARE) return false;
  return recent >= JUMP_FACTOR * share(row.signalsPrior30d, row.ticksPrior30d);
}

/** What a guide page may show: per step, the people who did it in the window, only where at least STATS_MIN_PEOPLE did. */
export type PublicGuideStats = { days: number; steps: Record<string, { doneBy: number }> };

/** One indexed read of the rollup (its primary key starts with the guide); no scan of ticks. */
export async function publicGuideStats(db: PrismaClient, guide: string): Promise<PublicGuideStats> {
  const rows = await db.stepStats.findMany({ where: { guide, ticks30d: { gte: STATS_MIN_PEOPLE } }, select: { stepId: true, ticks30d: true } });
  return { days: STATS_WINDOW_DAYS, steps: Object.fromEntries(rows.map((r) => [r.stepId, { doneBy: r.ticks30d }])) };
}

export const statsKey = (guide: string, stepId: string) => `${guide}/${stepId}`;

/** Every row of the rollup by "guide/stepId", for the editor desk and the stale list (a few hundred rows at most). */
export async function allStepStats(db: PrismaClient): Promise<Map<string, StepStatsRow>> {
  const rows = await db.stepStats.findMany();
  return new Map(rows.map((r) => [statsKey(r.guide, r.stepId), r]));
}
