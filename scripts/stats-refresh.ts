/**
 * npm run stats:refresh: rebuilds the per-step rollup of ticks and reports (lib/jobs/step-stats.ts) that
 * guide pages and the editor desk read. `npm run maintenance` and `npm run reminders` run it daily.
 */
import { createPrismaClient } from "../lib/db/client.ts";
import { stepManifest } from "../lib/content/guides.ts";
import { describeStatsRefresh, refreshStepStats } from "../lib/jobs/step-stats.ts";
import { resolveDatabase } from "./database-url.ts";

const database = await resolveDatabase();
const db = createPrismaClient(database.url);
try {
  console.log(describeStatsRefresh(await refreshStepStats(db, stepManifest())));
} finally {
  await db.$disconnect();
  await database.stop();
}
