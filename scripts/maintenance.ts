/**
 * `npm run maintenance` (daily cron, or let `npm run reminders` do it): purges what /privacy says is
 * not kept: expired sessions, expired sign-in tokens, expired rate-limit counters, reports handled long
 * ago; then rebuilds the per-step stats rollup (`npm run stats:refresh`).
 */
import { createPrismaClient } from "../lib/db/client.ts";
import { resolveDatabase } from "./database-url.ts";
import { describeMaintenance, purgeExpired } from "../lib/jobs/maintenance.ts";
import { describeStatsRefresh, refreshStepStats } from "../lib/jobs/step-stats.ts";
import { stepManifest } from "../lib/content/guides.ts";

const database = await resolveDatabase();
const db = createPrismaClient(database.url);
try {
  console.log(describeMaintenance(await purgeExpired(db)));
  console.log(describeStatsRefresh(await refreshStepStats(db, stepManifest())));
} finally {
  await db.$disconnect();
  await database.stop();
}
