/**
 * `npm run reminders` (daily cron): mails everyone whose re-check is due, once per period.
 * Uses the app's own mail path, so without EMAIL_SERVER the mails land in .data/mail/. It also runs
 * the daily purge of `npm run maintenance`, so one cron line keeps every promise of /privacy.
 */
import { createPrismaClient } from "../lib/db/client.ts";
import { describeMaintenance, purgeExpired } from "../lib/jobs/maintenance.ts";
import { describeStatsRefresh, refreshStepStats } from "../lib/jobs/step-stats.ts";
import { stepManifest } from "../lib/content/guides.ts";
import { resolveDatabase } from "./database-url.ts";
import { localAuthSecret } from "./local-env.ts";
import { sendDueReminders } from "../lib/jobs/send-reminders.ts";
import { sendRequestReminders } from "../lib/jobs/send-request-reminders.ts";

const database = await resolveDatabase();
process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET = localAuthSecret();
const db = createPrismaClient(database.url);
try {
  console.log(describeMaintenance(await purgeExpired(db)));
  console.log(describeStatsRefresh(await refreshStepStats(db, stepManifest())));
  const result = await sendDueReminders(db);
  console.log(`Reminders: ${result.sent} sent, ${result.skipped} already sent this period, ${result.failed} failed.`);
  const requests = await sendRequestReminders(db, new Date().toISOString().slice(0, 10));
  console.log(`Request reminders: ${requests.sent} sent, ${requests.skipped} already sent, ${requests.failed} failed.`);
  process.exitCode = result.failed || requests.failed ? 1 : 0;
} finally {
  await db.$disconnect();
  await database.stop();
}
