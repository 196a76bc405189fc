/**
 * `npm run maintenance` (daily cron, or let `npm run reminders` do it): purges what /privacy says is
 * not kept: expired sessions, expired sign-in tokens, expired rate-limit counters.
 */
import { createPrismaClient } from "../lib/db.ts";
import { resolveDatabase } from "./database-url.ts";
import { describeMaintenance, purgeExpired } from "../lib/maintenance.ts";

const database = await resolveDatabase();
const db = createPrismaClient(database.url);
try {
  console.log(describeMaintenance(await purgeExpired(db)));
} finally {
  await db.$disconnect();
  await database.stop();
}
