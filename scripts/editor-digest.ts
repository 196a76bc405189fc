/**
 * npm run editor:digest (daily cron, like `npm run reminders`): one mail per editor with the reports
 * filed since their last digest, counted per step, with no report texts and nothing about who sent
 * them (lib/jobs/editor-digest.ts). Two runs never mail the same reports twice.
 */
import { createPrismaClient } from "../lib/db/client.ts";
import { guidesForReview } from "../lib/content/guides.ts";
import { sendEditorDigests } from "../lib/jobs/editor-digest.ts";
import { resolveDatabase } from "./database-url.ts";
import { localAuthSecret } from "./local-env.ts";

const database = await resolveDatabase();
process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET = localAuthSecret();
const db = createPrismaClient(database.url);
try {
  const result = await sendEditorDigests(db, guidesForReview());
  console.log(`Editor digest: ${result.sent} sent, ${result.nothingNew} with nothing new, ${result.skipped} already sent by another run, ${result.failed} failed.`);
  process.exitCode = result.failed ? 1 : 0;
} finally {
  await db.$disconnect();
  await database.stop();
}
