/**
 * The purges that /privacy promises, run daily by `npm run maintenance` (and by `npm run reminders`):
 * - sessions past their expiry (a signed-out or abandoned browser leaves its row behind);
 * - sign-in tokens past their expiry (used ones are deleted by Auth.js when they are used; spam
 *   sign-in requests would otherwise leave one row each);
 * - rate-limit counters whose window has passed (the keyed hashes of addresses and emails).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type MaintenanceResult = { sessions: number; signInTokens: number; rateLimitCounters: number };

export async function purgeExpired(db: PrismaClient, now = new Date()): Promise<MaintenanceResult> {
  const [sessions, signInTokens, rateLimitCounters] = await Promise.all([
    db.session.deleteMany({ where: { expires: { lt: now } } }),
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(now.getTime()) } } }),
  ]);
  return { sessions: sessions.count, signInTokens: signInTokens.count, rateLimitCounters: rateLimitCounters.count };
}

export function describeMaintenance(result: MaintenanceResult): string {
  return `Maintenance: removed ${result.sessions} expired session(s), ${result.signInTokens} expired sign-in token(s), ${result.rateLimitCounters} expired rate-limit counter(s).`;
}
