/**
 * The limits on out-of-date reports, in order: the sender's own (5 per 10 minutes), then the step's
 * (10 per hour from everyone), then everyone's (100 per hour). Each is spent only when the ones before
 * allowed the report, so a client over its own limit, or a flood aimed at one step, does not use up
 * what real readers of other steps have left. A step reported ten times in an hour is at the top of
 * the desk already; only a flood across many steps from many clients reaches the global cap, and then
 * the desk holds at most 100 new reports an hour instead of whatever a botnet can send.
 */
import "server-only";
import type pg from "pg";
import { consume, type LimitName, type RateLimitResult } from "@/lib/http/rate-limit";

export async function spendReportLimits(pool: pg.Pool, secret: string, client: string, step: { guide: string; stepId: string }): Promise<RateLimitResult> {
  const checks: [LimitName, string][] = [
    ["reportsPerClient", client],
    ["reportsPerStep", `${step.guide}/${step.stepId}`],
    ["reportsEveryone", "everyone"],
  ];
  for (const [name, value] of checks) {
    const result = await consume(pool, secret, name, value);
    if (!result.allowed) return result;
  }
  return { allowed: true };
}
