/**
 * Issue 15 item 5: two tabs of one browser and an outage. Tab 1 ticks steps while the server answers
 * 503 (the database is down, as lib/http/handler.ts answers then: a JSON error and Retry-After); tab 2 opens a
 * page of the same guide once it is back and saves tab 1's queued ticks from the shared outbox. Tab 1,
 * never reloaded, must show the server's truth: every step done, nothing "not saved".
 * The second case has both tabs open from the start: a tick made in the tab that cannot save is
 * saved by the other one, which until now only showed it as "not saved" and waited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page, Route } from "playwright-core";
import pg from "pg";
import { launch, newContext, signInAs, uniqueEmail } from "../support/browser";

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

const GUIDE = "linkedin";
const box = (page: Page, n: number) => page.locator("li.step").nth(n).locator('input[type="checkbox"]');
const line = (page: Page, text: string) => page.locator("#progress-line", { hasText: text }).waitFor();
const savedRows = async (email: string) =>
  (await sql.query(`SELECT count(*)::int AS n FROM "StepCompletion" c JOIN "User" u ON u.id = c."userId" WHERE u.email = $1 AND c.guide = $2`, [email, GUIDE])).rows[0].n as number;

/** What the server answers a tick while PostgreSQL is unreachable (lib/http/handler.ts errorResponse). */
function databaseDown(route: Route) {
  if (route.request().method() !== "POST") return route.continue();
  return route.fulfill({ status: 503, headers: { "content-type": "application/json", "retry-after": "5" }, body: JSON.stringify({ error: "We could not save just now; we will keep trying." }) });
}

/** A new browser whose first tab is signed in as a new reader and shows the guide's progress. */
async function signedInOnGuide(name: string) {
  const email = uniqueEmail(name);
  const context = await newContext(browser);
  const tab1 = await context.newPage();
  await signInAs(tab1, email, `/guides/${GUIDE}`);
  await line(tab1, "0 of");
  return { email, context, tab1 };
}

describe("two tabs and an outage", () => {
  it("every tab converges to the server's truth without a reload", async () => {
    const { email, context, tab1 } = await signedInOnGuide("two-tabs");
    const total = await tab1.locator("li.step").count();
    const ticked = Math.min(4, total);

    // The outage, as tab 1 sees it (and keeps seeing it: only tab 2 can save).
    await tab1.route("**/api/progress", databaseDown);
    for (let i = 0; i < ticked; i++) await box(tab1, i).check();
    await line(tab1, `${ticked} of ${total}`);
    await tab1.getByText("We could not save just now").waitFor();

    // Tab 2 opens a page of the same guide: it saves the shared outbox.
    const tab2 = await context.newPage();
    await tab2.goto(`/guides/${GUIDE}`);
    await line(tab2, `${ticked} of ${total}`);
    await tab2.getByText("All changes saved to your checklist.").waitFor();
    expect(await savedRows(email)).toBe(ticked);

    // Tab 1, still unable to save anything itself, shows what the server holds.
    await tab1.bringToFront();
    await line(tab1, `${ticked} of ${total}`);
    await tab1.getByText("All changes saved to your checklist.").waitFor();
    expect(await tab1.getByText("We could not save just now").count()).toBe(0);
    for (let i = 0; i < ticked; i++) {
      expect(await box(tab1, i).isChecked()).toBe(true);
      expect(await tab1.locator("li.step").nth(i).getByText("Not saved yet").count()).toBe(0);
    }
    await context.close();
  });

  it("a tick made in a tab that cannot save is saved by another tab already open", async () => {
    const { email, context, tab1 } = await signedInOnGuide("two-tabs-open");
    const tab2 = await context.newPage();
    await tab2.goto(`/guides/${GUIDE}`);
    await line(tab2, "0 of");
    await tab2.getByText("All changes saved to your checklist.").waitFor();

    await tab1.bringToFront();
    await tab1.route("**/api/progress", databaseDown);
    await box(tab1, 0).check();
    // Not waiting for tab 1's "could not save": tab 2 may save the tick before tab 1 hears its 503.

    // Tab 1's sends never reach the server: tab 2 saves what tab 1 queued, and both show the server's truth.
    await line(tab2, "1 of");
    await tab2.getByText("All changes saved to your checklist.").waitFor();
    expect(await savedRows(email)).toBe(1);
    await line(tab1, "1 of");
    await tab1.getByText("All changes saved to your checklist.").waitFor();
    expect(await tab1.locator("li.step").nth(0).getByText("Not saved yet").count()).toBe(0);
    await context.close();
  });
});
