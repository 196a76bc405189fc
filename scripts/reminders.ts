/**
 * `npm run reminders` (daily cron): mails everyone whose re-check is due, once per period.
 * Uses the app's own mail path, so without EMAIL_SERVER the mails land in .data/mail/.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { resolveDatabase } from "./database-url.ts";
import { localAuthSecret } from "./local-env.ts";
import { sendDueReminders } from "../lib/send-reminders.ts";

const database = await resolveDatabase();
process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET = localAuthSecret();
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
try {
  const result = await sendDueReminders(db);
  console.log(`Reminders: ${result.sent} sent, ${result.skipped} already sent this period, ${result.failed} failed.`);
  process.exitCode = result.failed ? 1 : 0;
} finally {
  await db.$disconnect();
  await database.stop();
}
