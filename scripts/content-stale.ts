/**
 * npm run content:stale [-- --json]
 *
 * What needs re-checking, most urgent first (lib/editor/stale.ts; the editor desk's /editor/stale shows the
 * same list): steps with open reports, those whose readers' signals jumped first, then guides past
 * lastReviewed + reviewEvery. Reads the open reports and the step stats from the database. Exits 0:
 * it is a to-do list, not a check.
 */
import { createPrismaClient } from "../lib/db/client.ts";
import { guidesForReview } from "../lib/content/guides.ts";
import { staleList, staleReason } from "../lib/editor/stale.ts";
import { resolveDatabase } from "./database-url.ts";

const json = process.argv.includes("--json");
const database = await resolveDatabase();
const db = createPrismaClient(database.url);
try {
  const now = new Date();
  const items = await staleList(db, guidesForReview(), now);
  if (json) {
    console.log(JSON.stringify({ checkedAt: now.toISOString(), items: items.map((item) => ({ ...item, reason: staleReason(item, now) })) }, null, 2));
  } else if (!items.length) {
    console.log("Nothing is stale: no guide is past its re-check date and no step has an open report.");
  } else {
    console.log(`${items.length} item(s) to re-check, most urgent first:\n`);
    items.forEach((item, i) => {
      const what = item.kind === "step" ? `${item.platform} › ${item.stepTitle ?? item.stepId} (${item.guide}#${item.stepId})` : `${item.platform} (${item.guide}), whole guide`;
      console.log(`${String(i + 1).padStart(3)}. ${item.flagged ? "[signals jumped] " : ""}${what}\n     ${staleReason(item, now)}`);
    });
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
