import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import pg from "pg";
import { launch, newContext, signIn, signInAs, uniqueEmail, seriousViolations, nextSessionAnswer } from "../support/browser";
import { unsubscribeToken } from "@/lib/jobs/reminders";

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL });
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

const GUIDE = "linkedin";
const box = (page: Page, n: number) => page.locator("li.step").nth(n).locator('input[type="checkbox"]');

async function stepTitle(page: Page, n: number) {
  return (await box(page, n).getAttribute("aria-label"))!.replace(/^Done: /, "");
}

async function waitForProgressLine(page: Page, text: string) {
  await page.locator("#progress-line", { hasText: text }).waitFor();
}

describe("ticking steps", () => {
  it("saves a tick to the account: tick → reload → still ticked", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, uniqueEmail("tick"), `/guides/${GUIDE}`);
    await waitForProgressLine(page, "0 of");
    const title = await stepTitle(page, 0);
    await page.getByRole("checkbox", { name: `Done: ${title}` }).check();
    await waitForProgressLine(page, "1 of");
    await page.locator("li.step").nth(0).getByText("Saved", { exact: true }).waitFor();
    await page.reload();
    await waitForProgressLine(page, "1 of");
    expect(await page.getByRole("checkbox", { name: `Done: ${title}` }).isChecked()).toBe(true);
    // Untick is saved too.
    await page.getByRole("checkbox", { name: `Done: ${title}` }).uncheck();
    await page.locator("li.step").nth(0).getByText("Saved", { exact: true }).waitFor();
    await page.reload();
    await waitForProgressLine(page, "0 of");
    await context.close();
  });

  it("keeps anonymous ticks on the device and merges them into the account on sign-in", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/guides/${GUIDE}`);
    await page.getByText("Ticks are kept on this device only.").waitFor();
    await box(page, 0).check();
    await box(page, 1).check();
    await waitForProgressLine(page, "2 of");
    await page.reload();
    await waitForProgressLine(page, "2 of");
    await signIn(page, uniqueEmail("merge"), `/guides/${GUIDE}`);
    await waitForProgressLine(page, "2 of");
    await page.getByText("All changes saved to your checklist.").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("untrain:local-ticks"))).toBeNull();
    await page.goto("/checklist");
    await page.getByText(/2 of \d+ steps done/).first().waitFor();
    await context.close();
  });

  it("a second user sees none of the first user's ticks", async () => {
    const first = await newContext(browser);
    const page1 = await first.newPage();
    await signInAs(page1, uniqueEmail("first"), `/guides/${GUIDE}`);
    await waitForProgressLine(page1, "0 of");
    await box(page1, 0).check();
    await page1.locator("li.step").nth(0).getByText("Saved", { exact: true }).waitFor();
    await first.close();

    const second = await newContext(browser);
    const page2 = await second.newPage();
    await signInAs(page2, uniqueEmail("second"), `/guides/${GUIDE}`);
    await waitForProgressLine(page2, "0 of");
    expect(await box(page2, 0).isChecked()).toBe(false);
    await page2.goto("/checklist");
    await page2.getByRole("heading", { name: "You have not started a guide yet." }).waitFor();
    await second.close();
  });

  it("never loses a tick when saving fails: Not saved yet → survives reload → Saved", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, uniqueEmail("offline"), `/guides/${GUIDE}`);
    await waitForProgressLine(page, "0 of");
    const failSaves = (route: import("playwright-core").Route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue());
    await page.route("**/api/progress", failSaves);
    await box(page, 1).check();
    await page.locator("li.step").nth(1).getByText("Not saved yet").waitFor();
    await waitForProgressLine(page, "1 of");
    await page.reload();
    await waitForProgressLine(page, "1 of");
    await page.locator("li.step").nth(1).getByText("Not saved yet").waitFor();
    expect(await box(page, 1).isChecked()).toBe(true);
    await page.unroute("**/api/progress", failSaves);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.locator("li.step").nth(1).getByText("Saved", { exact: true }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => localStorage.getItem("untrain:outbox"))).toBeNull();
    await page.reload();
    await waitForProgressLine(page, "1 of");
    expect(await box(page, 1).isChecked()).toBe(true);
    await context.close();
  });

  it("answers bad input and signed-out requests with a clear 4xx", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/");
    const anon = await page.evaluate(() => fetch("/api/progress", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ guide: "linkedin", stepId: "x", done: true }) }).then(async (r) => ({ status: r.status, body: await r.json() })));
    expect(anon.status).toBe(401);
    expect(anon.body.error).toMatch(/Sign in/);
    await signInAs(page, uniqueEmail("bad"), "/");
    const bad = await page.evaluate(() =>
      Promise.all([
        fetch("/api/progress", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ guide: "linkedin", stepId: "no-such-step", done: true }) }),
        fetch("/api/progress", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{oops" }),
        fetch("/api/progress", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }),
      ]).then((rs) => Promise.all(rs.map(async (r) => ({ status: r.status, body: await r.json() })))),
    );
    expect(bad.map((r) => r.status)).toEqual([422, 400, 415]);
    expect(bad[0]?.body.error).toMatch(/no step "no-such-step"/);
    await context.close();
  });
});

describe("the checklist", () => {
  it("shows progress and next step, flags a changed step and re-confirms it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("dash");
    await signInAs(page, email, `/guides/${GUIDE}`);
    await waitForProgressLine(page, "0 of");
    const firstTitle = await stepTitle(page, 0);
    const secondTitle = await stepTitle(page, 1);
    await box(page, 0).check();
    await page.locator("li.step").nth(0).getByText("Saved", { exact: true }).waitFor();
    // The guide text changed after the tick: simulate by storing an old hash.
    await sql.query(`UPDATE "StepCompletion" SET "stepHash" = 'old' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]);
    await page.goto("/checklist");
    await page.getByRole("heading", { name: "Changed since you did it" }).waitFor();
    const next = page.getByRole("link", { name: new RegExp(`2\\. ${secondTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
    expect(await next.getAttribute("href")).toMatch(new RegExp(`^/guides/${GUIDE}#`));
    expect((await seriousViolations(page)).join("\n")).toBe("");
    await page.getByRole("button", { name: `I re-checked “${firstTitle}”` }).click();
    await page.getByRole("heading", { name: "Changed since you did it" }).waitFor({ state: "detached" });
    await context.close();
  });

  it("explains itself when signed out", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/checklist");
    await page.getByRole("link", { name: "Sign in" }).first().waitFor();
    expect(await page.locator("main").innerText()).toMatch(/Sign in to keep it across devices/);
    await context.close();
  });

  it("stores a reminder choice, and the mailed unsubscribe link works without signing in", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("remind");
    await signInAs(page, email, "/checklist");
    await page.getByLabel("Remind me to re-check").selectOption("6");
    await page.getByRole("button", { name: "Save reminder" }).click();
    await page.getByText("We will remind you every 6 months.").waitFor();
    const { rows } = await sql.query(`SELECT id, "reminderMonths" FROM "User" WHERE email = $1`, [email]);
    expect(rows[0].reminderMonths).toBe(6);
    const anonymous = await newContext(browser);
    const other = await anonymous.newPage();
    await other.goto(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken(process.env.AUTH_SECRET!, rows[0].id))}`);
    // Opening the link only asks; mail scanners open links too.
    await other.getByRole("heading", { name: "Stop re-check reminders?" }).waitFor();
    expect((await sql.query(`SELECT "reminderMonths" FROM "User" WHERE email = $1`, [email])).rows[0].reminderMonths).toBe(6);
    await other.getByRole("button", { name: "Stop reminders" }).click();
    await other.getByRole("heading", { name: "No more reminders" }).waitFor();
    const after = await sql.query(`SELECT "reminderMonths" FROM "User" WHERE email = $1`, [email]);
    expect(after.rows[0].reminderMonths).toBeNull();
    await other.goto(`/unsubscribe?token=${encodeURIComponent(`${rows[0].id}.forged`)}`);
    await other.getByRole("button", { name: "Stop reminders" }).click();
    await other.getByRole("heading", { name: "This link did not work" }).waitFor();
    await anonymous.close();
    await context.close();
  });
});

describe("my data", () => {
  it("exports JSON, then deletes the account, signs out, and the address starts fresh", async () => {
    const context = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    const email = uniqueEmail("mydata");
    await signInAs(page, email, `/guides/${GUIDE}`);
    await waitForProgressLine(page, "0 of");
    await box(page, 0).check();
    await page.locator("li.step").nth(0).getByText("Saved", { exact: true }).waitFor();
    await page.goto("/account");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^untrain-my-data-\d{4}-\d\d-\d\d\.json$/);
    const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(data.email).toBe(email);
    expect(data.ticks).toHaveLength(1);
    expect(data.ticks[0].guide).toBe(GUIDE);

    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("alert").filter({ hasText: "Tick the box" }).waitFor();
    await page.getByLabel(/I understand/).check();
    // The page it lands on is reached without a reload: the header asks again and stops showing the account.
    await page.locator("header").getByRole("link", { name: new RegExp(email) }).waitFor();
    const askedAgain = nextSessionAnswer(page);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("heading", { name: "Your account is deleted" }).waitFor();
    expect((await askedAgain).user).toBeNull();
    await page.locator("header").getByRole("link", { name: "Sign in" }).waitFor();
    expect(await page.locator("header").getByRole("link", { name: new RegExp(email) }).count()).toBe(0);
    const session = await page.evaluate(() => fetch("/api/auth/session").then((r) => r.json()));
    expect(session?.user).toBeUndefined();
    expect((await sql.query(`SELECT count(*)::int AS n FROM "User" WHERE email = $1`, [email])).rows[0].n).toBe(0);

    await signInAs(page, email, `/guides/${GUIDE}`);
    await waitForProgressLine(page, "0 of");
    await page.goto("/checklist");
    await page.getByRole("heading", { name: "You have not started a guide yet." }).waitFor();
    await context.close();
  });
});
