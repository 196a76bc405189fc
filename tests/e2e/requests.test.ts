/**
 * Requests to an answer (issue 18): mark Meta's objection form as sent, follow it under "Waiting for an answer"
 * with the due date of the reader's law, extend it, see it overdue, write the follow-up and the complaint to
 * the DPC in the browser (the name never reaches the server), mark it answered; the checklist's bars and
 * summary without JavaScript; a request tracked signed out joins the account at sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import pg from "pg";
import { launch, newContext, signIn, signInAs, uniqueEmail, seriousViolations, setAccountRegion, utcToday } from "../support/browser";
import { addDays, dueDate } from "@/lib/requests/deadlines";
import { formatDay } from "@/lib/i18n/dates";
import { findGuide } from "@/lib/content/guides";

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL });
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

const GUIDE = "instagram";
const STEP = "object-to-ai-use";

async function markSent(page: Page, sentOn: string, reference?: string) {
  await page.goto(`/guides/${GUIDE}#${STEP}`);
  const step = page.locator(`#${STEP}`);
  await step.getByRole("button", { name: "I sent it" }).click();
  await step.getByLabel("Sent on").fill(sentOn);
  if (reference) await step.getByLabel(/Reference the company gave you/).fill(reference);
  await step.getByRole("button", { name: "Save" }).click();
  await step.getByTestId("request-status").waitFor();
  return step;
}

describe("requests to an answer", () => {
  it("follows Meta's objection from 'I sent it' to the answer, with the GDPR deadline, the extension, the follow-up and the DPC complaint", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const sentBodies: string[] = [];
    page.on("request", (r) => {
      const body = r.postData();
      if (body) sentBodies.push(body);
    });
    await signInAs(page, uniqueEmail("requests"), "/checklist");
    await setAccountRegion(page, "EU");

    // Sent 100 days ago: a month has passed, and so have three.
    const sentOn = addDays(utcToday(), -100);
    const due = dueDate({ law: "gdpr", right: "object", sentOn, extended: false })!;
    const extended = dueDate({ law: "gdpr", right: "object", sentOn, extended: true })!;
    const step = await markSent(page, sentOn, "META-42");
    expect(await step.getByTestId("request-status").innerText()).toContain(`Answer was due by ${formatDay(due, "en")} under the GDPR`);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto("/checklist");
    const waiting = page.getByRole("region", { name: "Waiting for an answer" });
    const item = waiting.locator(`[data-request="${GUIDE}/${STEP}"]`);
    expect(await item.innerText()).toContain("Instagram: Objection to processing");
    expect(await item.innerText()).toContain(`reference META-42`);
    expect(await item.innerText()).toContain(`Answer was due by ${formatDay(due, "en")} under the GDPR`);
    expect(await seriousViolations(page)).toEqual([]);

    await item.getByRole("button", { name: "The company extended the deadline" }).click();
    await item.getByText(`Answer was due by ${formatDay(extended, "en")} under the GDPR, extended`).waitFor();
    const late = Math.round((Date.parse(utcToday()) - Date.parse(extended)) / 86_400_000);
    expect(await item.innerText()).toContain(`${late} day${late === 1 ? "" : "s"} late`);
    expect(await item.innerText()).toContain("Overdue.");

    // The next move: the follow-up letter, then the complaint to the DPC (Meta's lead authority).
    await item.getByText("Write the follow-up letter").click();
    const followUp = item.locator("details.letter").first();
    await followUp.getByLabel("Your name", { exact: true }).fill("Ada Tester-Unique");
    await followUp.getByLabel("The email address of your account", { exact: true }).fill("ada@example.invalid");
    const followUpText = await followUp.getByLabel("The letter", { exact: true }).inputValue();
    expect(followUpText).toContain(`On ${formatDay(sentOn, "en")} I sent you an objection`);
    expect(followUpText).toContain(`due by ${formatDay(extended, "en")}`);
    expect(followUpText).toContain("(your reference: META-42)");
    expect(followUpText).toContain("Ada Tester-Unique");

    const complaint = item.locator(".complaint");
    expect(await complaint.getByLabel("Complain to the authority of").inputValue()).toBe("IE");
    expect(await complaint.innerText()).toContain("Meta Platforms Ireland Limited");
    await complaint.getByText("Write the complaint").click();
    await complaint.getByLabel("Your name", { exact: true }).fill("Ada Tester-Unique");
    const complaintText = await complaint.getByLabel("The letter", { exact: true }).inputValue();
    expect(complaintText).toMatch(/^Subject: Complaint against Meta/);
    expect(complaintText).toContain("To Data Protection Commission (DPC),");
    expect(complaintText).toContain(`did not answer by ${formatDay(extended, "en")}`);
    expect(await complaint.getByRole("link", { name: /Data Protection Commission \(DPC\): complaint page/ }).getAttribute("href")).toMatch(/^https:\/\/dataprotection\.ie\//);
    expect(await seriousViolations(page)).toEqual([]);

    await item.getByLabel("Answer", { exact: true }).selectOption("refused");
    await item.getByRole("button", { name: "Mark answered" }).click();
    const answered = waiting.locator(`[data-request="${GUIDE}/${STEP}"]`);
    await answered.getByText("Answered on").waitFor();
    expect(await answered.innerText()).toContain("refused");
    expect(await waiting.innerText()).toContain("Nothing is waiting");

    // The letters were written in the browser: the reader's name never went to the server.
    expect(sentBodies.filter((b) => b.includes("Ada Tester-Unique"))).toEqual([]);
    const { rows } = await sql.query(`SELECT state, outcome, extended, reference FROM "TrackedRequest" t JOIN "User" u ON u.id = t."userId" WHERE t.guide = $1 AND t."stepId" = $2 AND t.reference = 'META-42' ORDER BY t."createdAt" DESC LIMIT 1`, [GUIDE, STEP]);
    expect(rows[0]).toEqual({ state: "answered", outcome: "refused", extended: true, reference: "META-42" });
    await context.close();
  });

  it("shows the due date a month ahead when sent today, and no deadline where no law counts one", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, uniqueEmail("requests-today"), "/checklist");
    await setAccountRegion(page, "EU");
    const due = dueDate({ law: "gdpr", right: "object", sentOn: utcToday(), extended: false })!;
    const step = await markSent(page, utcToday());
    expect(await step.getByTestId("request-status").innerText()).toMatch(new RegExp(`Answer due by ${formatDay(due, "en")} under the GDPR: \\d+ days left`));
    await step.getByRole("button", { name: "Stop tracking" }).click();
    await step.getByRole("button", { name: "I sent it" }).waitFor();
    await setAccountRegion(page, "CH");
    const again = await markSent(page, utcToday());
    expect(await again.getByTestId("request-status").innerText()).toContain("No legal deadline we can count");
    await context.close();
  });

  it("keeps a request tracked signed out on the device and adds it to the account at sign-in", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/guides/${GUIDE}`);
    const step = await markSent(page, addDays(utcToday(), -3));
    expect(await step.getByTestId("request-status").innerText()).toContain("Kept on this device until you sign in.");
    // Lands on the checklist, which adds the device's requests to the account and shows them without a reload.
    await signIn(page, uniqueEmail("requests-device"), "/checklist");
    await page.getByRole("region", { name: "Waiting for an answer" }).locator(`[data-request="${GUIDE}/${STEP}"]`).waitFor();
    await page.waitForFunction(() => localStorage.getItem("untrain:requests") === null);
    await page.reload();
    await page.getByRole("region", { name: "Waiting for an answer" }).locator(`[data-request="${GUIDE}/${STEP}"]`).waitFor();
    await context.close();
  });

  it("reads at a glance without JavaScript: bars and what the done steps achieved, with the numbers in the text", async () => {
    const email = uniqueEmail("requests-nojs");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, email, "/checklist");
    const linkedin = findGuide("linkedin")!;
    const tick = await page.request.post("/api/progress", { data: { guide: "linkedin", stepId: linkedin.steps[0]!.id, done: true }, headers: { "content-type": "application/json" } });
    expect(tick.status()).toBe(200);
    const cookies = await context.cookies();
    const noJs = await newContext(browser, { javaScriptEnabled: false });
    await noJs.addCookies(cookies);
    const plain = await noJs.newPage();
    await plain.goto("/checklist");
    const achieved = plain.getByRole("region", { name: "What your done steps achieved" });
    expect(await achieved.innerText()).toMatch(/Objections and requests\s*0 sent · 0 answered · 0 overdue/);
    const bar = plain.locator("progress").first();
    expect(await bar.getAttribute("aria-label")).toBeTruthy();
    expect(Number(await bar.getAttribute("value"))).toBeGreaterThanOrEqual(1);
    expect(await plain.locator("body").innerText()).toMatch(/1 of \d+ steps done/);
    await noJs.close();
    await context.close();
  });
});

