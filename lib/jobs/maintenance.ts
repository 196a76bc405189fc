/**
 * The purges that /privacy promises, run daily by `npm run maintenance` (and by `npm run reminders`):
 * - sessions past their expiry (a signed-out or abandoned browser leaves its row behind);
 * - sign-in tokens past their expiry (used ones are deleted by Auth.js when they are used; spam
 *   sign-in requests would otherwise leave one row each);
 * - rate-limit counters whose window has passed (the keyed hashes of addresses and emails);
 * - reports an editor handled (resolved or marked duplicate) more than HANDLED_REPORT_DAYS ago: kept that
 *   long so a wrongly closed report can be reopened and the step stats' windows still count it.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const HANDLED_REPORT_DAYS = 60;

export type MaintenanceResult = { sessions: number; signInTokens: number; rateLimitCounters: number; handledReports: number };

export async function purgeExpired(db: PrismaClient, now = new Date()): Promise<MaintenanceResult> {
  const [sessions, signInTokens, rateLimitCounters, handledReports] = await Promise.all([
    db.session.deleteMany({ where: { expires: { lt: now } } }),
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(now.getTime()) } } }),
    db.stepReport.deleteMany({ where: { status: { not: "open" }, handledAt: { lt: new Date(now.getTime() - HANDLED_REPORT_DAYS * 86_400_000) } } }),
  ]);
  return { sessions: sessions.count, signInTokens: signInTokens.count, rateLimitCounters: rateLimitCounters.count, handledReports: handledReports.count };
}

export function describeMaintenance(result: MaintenanceResult): string {
  return `Maintenance: removed ${result.sessions} expired session(s), ${result.signInTokens} expired sign-in token(s), ${result.rateLimitCounters} expired rate-limit counter(s), ${result.handledReports} report(s) handled over ${HANDLED_REPORT_DAYS} days ago.`;
}
