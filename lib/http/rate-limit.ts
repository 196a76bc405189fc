/**
 * Every rate limit of the site, counted in PostgreSQL by rate-limiter-flexible (one atomic upsert per
 * check, so a limit holds across app servers). Keys are HMACs of what they count (an email address, a
 * client address), so the table never holds either in the clear; expired rows are purged by
 * `npm run maintenance` (lib/jobs/maintenance.ts).
 */
import "server-only";
import { createHmac } from "node:crypto";
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { orUnavailable } from "@/lib/db/errors";

export const RATE_LIMIT_TABLE = "rate_limits";

/** The limits, in one place so /privacy and docs/security.md can quote them. */
export const LIMITS = {
  signInPerEmail: { points: 5, duration: 15 * 60, what: "sign-in mails per address per 15 minutes" },
  signInPerClient: { points: 20, duration: 60 * 60, what: "sign-in mails per client per hour" },
  reportsPerClient: { points: 5, duration: 10 * 60, what: "out-of-date reports per client per 10 minutes" },
  // The editors' desk against a flood from many clients (lib/editor/report-limits.ts): one step, then everyone.
  reportsPerStep: { points: 10, duration: 60 * 60, what: "out-of-date reports of one step per hour, from everyone" },
  reportsEveryone: { points: 100, duration: 60 * 60, what: "out-of-date reports per hour, from everyone" },
} as const;
export type LimitName = keyof typeof LIMITS;

/** `limit`: which limit refused (the words a person sees can depend on it). */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number; limit?: LimitName };

const limitersByPool = new WeakMap<pg.Pool, Map<LimitName, RateLimiterPostgres>>();

function limiter(pool: pg.Pool, name: LimitName): RateLimiterPostgres {
  let limiters = limitersByPool.get(pool);
  if (!limiters) limitersByPool.set(pool, (limiters = new Map()));
  let found = limiters.get(name);
  if (!found) {
    const { points, duration } = LIMITS[name];
    // tableCreated: the table comes from a Prisma migration, never from the limiter at run time.
    found = new RateLimiterPostgres({ storeClient: pool, storeType: "pool", tableName: RATE_LIMIT_TABLE, tableCreated: true, keyPrefix: name, points, duration });
    limiters.set(name, found);
  }
  return found;
}

export function limitKey(secret: string, name: LimitName, value: string): string {
  return createHmac("sha256", secret).update(`${name}:${value}`).digest("base64url").slice(0, 43);
}

/** The row key rate-limiter-flexible stores for `value` (its keyPrefix, a colon, our HMAC), for deleting one counter. */
export function storedLimitKey(secret: string, name: LimitName, value: string): string {
  return `${name}:${limitKey(secret, name, value)}`;
}

/**
 * Spends one point of `name` for `value`. A database outage throws DatabaseUnavailableError (a 503),
 * so an outage never turns into "allowed without limit" for mail.
 */
export async function consume(pool: pg.Pool, secret: string, name: LimitName, value: string): Promise<RateLimitResult> {
  try {
    await orUnavailable(() => limiter(pool, name).consume(limitKey(secret, name, value)));
    return { allowed: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)), limit: name };
    throw error;
  }
}

/** Spends one point on each limit; all must allow. Every limit is counted even when one refuses. */
export async function consumeAll(pool: pg.Pool, secret: string, checks: [LimitName, string][]): Promise<RateLimitResult> {
  const results = await Promise.all(checks.map(([name, value]) => consume(pool, secret, name, value)));
  const refused = results.filter((r): r is Extract<RateLimitResult, { allowed: false }> => !r.allowed);
  return refused.length ? { allowed: false, retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) } : { allowed: true };
}
