/**
 * The editor desk against the production server: an editor signs in (the real magic-link flow, once),
 * gets the role from the command line, sees a report filed from a guide page, resolves it, and it
 * leaves the open list; readers, visitors and forged sessions get the site's 404 on every desk page
 * and every desk action; axe in light and dark. Readers' "Done by N people" on a guide page, and the
 * review-due note's absence on a freshly reviewed guide.
 *
 * Sessions other than the one journey are made straight in the database (sign-in mails are
 * rate-limited per client, and the suite signs in from 127.0.0.1).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Browser } from "playwright-core";
import pg from "pg";
import { loadGuides } from "@/lib/content/guides";
import { launch, newContext, seriousViolations, signIn, uniqueEmail } from "../support/browser";
import { actionOutcome, builtActions, forgedClient, HttpClient, mintSession } from "../support/http";

const ROOT = path.resolve(import.meta.dirname, "../..");
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
let browser: Browser;
const guides = loadGuides();
const reddit = guides.find((g) => g.slug === "reddit")!;
const linkedin = guides.find((g) => g.slug === "linkedin")!;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

/** `npm run editor:grant|revoke -- <address>`, as an operator runs it. */
function editorRole(command: "grant" | "revoke", address: string) {
  const run = spawnSync("npx", ["tsx", "scripts/editor-role.ts", command, address], { cwd: ROOT, env: { ...process.env, NODE_ENV: "production" }, encoding: "utf8" });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

async function userWithRole(role: "reader" | "editor", label: string) {
  const email = uniqueEmail(label);
  const { rows } = await sql.query(`INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, $2, $3::"Role", now()) RETURNING id`, [`u${randomUUID().replace(/-/g, "")}`, email, role]);
  const id = rows[0].id as string;
  return { id, email, client: await mintSession(sql, id, label) };
}

async function openReport(guide: string, stepId: string, message: string, kind: "out_of_date" | "cant_find" = "out_of_date", status = "open") {
  const { rows } = await sql.query(
    `INSERT INTO "StepReport" (id, guide, "stepId", message, kind, status, "handledAt", "createdAt") VALUES ($1, $2, $3, $4, $5::"ReportKind", $6::"ReportStatus", $7, now()) RETURNING id`,
    [`r${randomUUID().replace(/-/g, "").slice(0, 24)}`, guide, stepId, message, kind, status, status === "open" ? null : new Date()],
  );
  return rows[0].id as string;
}

const statusOf = async (id: string) => (await sql.query(`SELECT status, note FROM "StepReport" WHERE id = $1`, [id])).rows[0] as { status: string; note: string | null };

describe("the editor desk", () => {
  it("lets an editor go from a reader's report on a guide page to resolved, and the report leaves the open list", async () => {
    // A reader reports a step from the guide page (no account).
    const readerContext = await newContext(browser);
    const readerPage = await readerContext.newPage();
    await readerPage.goto("/guides/reddit");
    const step = reddit.steps[2] ?? reddit.steps[0]!;
    const item = readerPage.locator(`#${step.id}`);
    await item.getByText("This step is out of date").click();
    const message = `The <b>Privacy</b> tab & "Data" menu moved ${randomUUID().slice(0, 8)}`;
    await item.getByLabel(/What is different now\?/).fill(message);
    await item.getByRole("button", { name: "Send report" }).click();
    await item.getByRole("status").filter({ hasText: "Thank you" }).waitFor();
    await readerContext.close();

    // The editor signs in for real; until the role is granted, the desk is a 404.
    const email = uniqueEmail("editor");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, email, "/checklist");
    expect((await page.goto("/editor"))?.status()).toBe(404);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    const unknown = editorRole("grant", uniqueEmail("nobody"));
    expect(unknown.status).toBe(1);
    expect(unknown.out).toMatch(/no account has this address/);
    const granted = editorRole("grant", email.toUpperCase());
    expect(granted.status, granted.out).toBe(0);
    expect(granted.out).toContain("is now an editor");

    // The report, escaped, with the step's current title and the guide's lastReviewed.
    expect((await page.goto("/editor?guide=reddit"))?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "Reports" }).waitFor();
    const card = page.locator("[data-report-id]").filter({ hasText: message });
    expect(await card.count()).toBe(1);
    expect(await card.locator("blockquote").innerText()).toBe(message);
    expect(await card.locator("blockquote b").count()).toBe(0);
    expect(await card.innerText()).toContain("Out of date");
    const main = await page.locator("main").innerText();
    expect(main).toContain(`${step.number}. ${step.title}`);
    expect(main).toMatch(/Last reviewed \d{1,2} \w+ \d{4}/);
    expect(main).not.toContain(email);

    // Resolve with a note: the card leaves the open list, and the report is resolved in the database.
    const reportId = (await card.getAttribute("data-report-id"))!;
    await card.getByLabel("Note: what you checked or changed").fill("Checked the help page: the tab is now called Privacy.");
    await card.getByRole("button", { name: "Resolve" }).click();
    await card.waitFor({ state: "detached" });
    expect(await statusOf(reportId)).toEqual({ status: "resolved", note: "Checked the help page: the tab is now called Privacy." });
    await page.reload();
    expect(await page.locator(`[data-report-id="${reportId}"]`).count()).toBe(0);

    // It is on the resolved list with its note; reopening brings it back, and it can be marked a duplicate.
    await page.getByLabel("State").selectOption("resolved");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/state=resolved/);
    const resolved = page.locator(`[data-report-id="${reportId}"]`);
    expect(await resolved.innerText()).toContain("Checked the help page");
    await resolved.getByRole("button", { name: "Reopen" }).click();
    await resolved.waitFor({ state: "detached" });
    expect((await statusOf(reportId)).status).toBe("open");
    await page.goto("/editor?guide=reddit");
    const again = page.locator(`[data-report-id="${reportId}"]`);
    await again.getByLabel("Duplicate of (optional)").fill("Same as the report before");
    await again.getByRole("button", { name: "Mark duplicate" }).click();
    await again.waitFor({ state: "detached" });
    expect(await statusOf(reportId)).toEqual({ status: "duplicate", note: "Same as the report before" });

    // The re-check list is there too; revoking the role closes the desk at the next request.
    expect((await page.goto("/editor/stale"))?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "Due for a re-check" }).waitFor();
    expect(editorRole("revoke", email).status).toBe(0);
    expect((await page.goto("/editor"))?.status()).toBe(404);
    await context.close();
  });

  it("is a 404 for visitors, forged sessions and readers, on every page and every action, and changes nothing", async () => {
    const reader = await userWithRole("reader", "desk-reader");
    const editor = await userWithRole("editor", "desk-editor");
    const actions = builtActions().filter((a) => a.file.startsWith("lib/editor/"));
    expect(actions.map((a) => a.exportedName).sort()).toEqual(["markDuplicateAction", "reopenReportAction", "resolveReportAction", "resolveStepAction"]);
    const step = reddit.steps[0]!.id;
    const open = await openReport("reddit", step, `Matrix open ${randomUUID()}`);
    const handled = await openReport("reddit", step, `Matrix handled ${randomUUID()}`, "out_of_date", "resolved");
    const form = (reportId: string): [string, string][] => [
      ["reportId", reportId],
      ["guide", "reddit"],
      ["stepId", step],
      ["note", "Not an editor, trying anyway."],
    ];
    const who: [string, HttpClient][] = [
      ["anonymous", new HttpClient("anonymous")],
      ["forged", forgedClient()],
      ["reader", reader.client],
    ];
    const statuses: string[] = [];
    for (const [label, client] of who) {
      for (const path of ["/editor", "/editor?state=all&guide=reddit", "/editor/stale"]) {
        const res = await client.get(path);
        statuses.push(`${label} GET ${path} ${res.status}`);
        expect(res.body).toContain("Page not found");
        expect(res.body).not.toMatch(/Editor desk|Due for a re-check|Matrix open/);
      }
      for (const action of actions) {
        const target = action.exportedName === "reopenReportAction" ? handled : open;
        // As React's client posts it (fetch action) and as a form without JavaScript would.
        const fetched = await client.action("/editor", action.id, [{}, { form: form(target) }]);
        statuses.push(`${label} ${action.exportedName} ${fetched.status}`);
        expect(fetched.body).not.toMatch(/"ok"|Resolved|Reopened/);
        const plain = await client.action("/editor", action.id, [{}, { form: form(target) }], { accept: "text/html" });
        statuses.push(`${label} ${action.exportedName} (html) ${plain.status}`);
      }
      // A body that is not even a form gets the same 404: the role is checked before the input.
      const junk = await client.action("/editor", actions[0]!.id, ["not a form"]);
      statuses.push(`${label} junk ${junk.status}`);
    }
    expect(statuses.filter((s) => !s.endsWith(" 404"))).toEqual([]);
    expect(await statusOf(open)).toEqual({ status: "open", note: null });
    expect((await statusOf(handled)).status).toBe("resolved");

    // The same ids work for an editor: the refusals above are the role, not a broken call.
    const byName = Object.fromEntries(actions.map((a) => [a.exportedName, a.id]));
    const ok = await editor.client.action("/editor", byName.resolveReportAction!, [{}, { form: form(open) }]);
    expect(ok.status).toBe(200);
    expect(actionOutcome(ok)).toEqual({ kind: "state", state: { ok: "Resolved." } });
    expect(await statusOf(open)).toEqual({ status: "resolved", note: "Not an editor, trying anyway." });
    const invalid = await editor.client.action("/editor", byName.resolveReportAction!, [{}, { form: [["reportId", handled]] }]);
    expect(actionOutcome(invalid)).toEqual({ kind: "state", state: { error: expect.stringMatching(/note/i) } });
    expect((await editor.client.get("/editor/stale")).status).toBe(200);
  });

  it("has no serious accessibility problems in light and dark mode", async () => {
    const editor = await userWithRole("editor", "desk-axe");
    const step = linkedin.steps[0]!;
    await openReport("linkedin", step.id, "The setting is now under Data privacy → Data for generative AI improvement.");
    await openReport("linkedin", step.id, "", "cant_find");
    await openReport("linkedin", step.id, "Resolved one", "out_of_date", "resolved");
    // A flagged step: many signals this week, none before (the rollup row as stats:refresh writes it).
    await sql.query(
      `INSERT INTO "StepStats" (guide, "stepId", "ticks30d", "outOfDate30d", "cantFind30d", "ticks7d", "signals7d", "ticksPrior30d", "signalsPrior30d", "refreshedAt")
       VALUES ('linkedin', $1, 40, 1, 1, 0, 6, 40, 0, now() AT TIME ZONE 'UTC')
       ON CONFLICT (guide, "stepId") DO UPDATE SET "ticks7d" = 0, "signals7d" = 6, "signalsPrior30d" = 0, "ticks30d" = 40`,
      [step.id],
    );
    try {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await newContext(browser, { colorScheme });
        await context.addCookies([{ name: "authjs.session-token", value: editor.client.sessionToken!, url: process.env.E2E_BASE_URL! }]);
        const page = await context.newPage();
        for (const path of ["/editor", "/editor?guide=linkedin&state=all", "/editor/stale"]) {
          expect((await page.goto(path))?.status(), path).toBe(200);
          if (path === "/editor") await page.getByRole("heading", { name: /Check first/ }).waitFor();
          expect((await seriousViolations(page)).join("\n"), `${path} ${colorScheme}`).toBe("");
        }
        await context.close();
      }
    } finally {
      await sql.query(`DELETE FROM "StepStats" WHERE guide = 'linkedin' AND "stepId" = $1`, [step.id]);
    }
  });
});

describe("what readers see", () => {
  it("shows “Done by N people” on a step from 10 people, loaded with the reader's ticks (GET /api/me), signed in or not", async () => {
    const [popular, quiet] = [linkedin.steps[0]!, linkedin.steps[1]!];
    await sql.query(
      `INSERT INTO "StepStats" (guide, "stepId", "ticks30d", "outOfDate30d", "cantFind30d", "ticks7d", "signals7d", "ticksPrior30d", "signalsPrior30d", "refreshedAt")
       VALUES ('linkedin', $1, 412, 0, 0, 100, 0, 300, 0, now() AT TIME ZONE 'UTC'), ('linkedin', $2, 9, 0, 0, 9, 0, 0, 0, now() AT TIME ZONE 'UTC')
       ON CONFLICT (guide, "stepId") DO UPDATE SET "ticks30d" = EXCLUDED."ticks30d"`,
      [popular.id, quiet.id],
    );
    try {
      // The page's one per-reader request (GET /api/me) carries the counts, signed in or not.
      const stats = { days: 30, steps: { [popular.id]: { doneBy: 412 } } };
      const anonymous = await new HttpClient("stats-anon").get("/api/me?guide=linkedin");
      expect(anonymous.status).toBe(200);
      expect(JSON.parse(anonymous.body)).toMatchObject({ user: null, ticks: [], stats });
      const reader = await userWithRole("reader", "stats-reader");
      expect(JSON.parse((await reader.client.get("/api/me?guide=linkedin")).body)).toMatchObject({ user: { email: reader.email }, ticks: [], stats });
      // Never per person: nothing in the answer but the count.
      expect(JSON.stringify(JSON.parse(anonymous.body).stats)).toBe(JSON.stringify(stats));

      for (const javaScriptEnabled of [true, false]) {
        const context = await newContext(browser, { javaScriptEnabled });
        const page = await context.newPage();
        await page.goto("/guides/linkedin");
        if (javaScriptEnabled) {
          await page.locator(`#${popular.id}`).getByText("Done by 412 people in the last 30 days").waitFor();
          expect(await page.locator(`#${quiet.id} [data-testid=done-by]`).count()).toBe(0);
        } else {
          // The counts are per request data: without JavaScript the static page simply has none.
          expect(await page.getByTestId("done-by").count()).toBe(0);
        }
        // Freshly reviewed guides carry no review-due note.
        expect(await page.getByTestId("review-due").count()).toBe(0);
        await context.close();
      }
    } finally {
      await sql.query(`DELETE FROM "StepStats" WHERE guide = 'linkedin' AND "stepId" = ANY($1)`, [[popular.id, quiet.id]]);
    }
  });
});
