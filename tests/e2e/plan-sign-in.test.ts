/**
 * Issue 15, items 3 and 4: a plan made signed out reaches the account at sign-in wherever the reader
 * lands (and /checklist shows it on its first load); a shared plan link opened signed in changes
 * nothing until the reader says "Add these to my plan".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import pg from "pg";
import { confirmSignIn, launch, newContext, signInAs, uniqueEmail, waitForMail } from "../support/browser";

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

async function accountPlan(email: string): Promise<{ guides: string[]; region: string | null } | undefined> {
  const { rows } = await sql.query(`SELECT p.guides, p.region FROM "Plan" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`, [email]);
  return rows[0];
}

async function planGuides(page: Page): Promise<string[]> {
  return (await page.getByTestId("plan-guides").locator("li a").allTextContents()).sort();
}

/** A plan made on /plan while signed out: Instagram, LinkedIn, ChatGPT, EU. */
async function makePlanSignedOut(page: Page) {
  await page.goto("/plan");
  await page.getByText("Kept on this device").waitFor();
  for (const name of ["Instagram", "LinkedIn", "ChatGPT"]) await page.getByRole("checkbox", { name }).check();
  await page.getByRole("radio", { name: /EU \/ EEA/ }).check();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("untrain:plan"))).toBe("?g=instagram,linkedin,chatgpt&r=EU");
}

describe("a plan made signed out, at sign-in (item 3)", () => {
  it("is in the account when the magic link lands on /checklist, which shows it on that first load", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await makePlanSignedOut(page);
    const email = uniqueEmail("plan-first-load");
    const since = Date.now();
    await page.goto("/signin?callbackUrl=%2Fchecklist");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByRole("heading", { name: "Check your email" }).waitFor();
    const mail = await waitForMail(email, since, (m) => m.url.includes("/signin/confirm"));
    // The HTML of the first /checklist the server renders after sign-in, before any script ran.
    const firstLoad = page.waitForResponse((r) => new URL(r.url()).pathname === "/checklist" && r.request().resourceType() === "document");
    await confirmSignIn(page, mail.url, email, { devicePlan: true });
    const html = await (await firstLoad).text();
    expect(html).toMatch(/Your plan: <!-- -->0<!-- --> of|Your plan: 0 of/);
    // What the page shows, not the scripts: the RSC payload carries the client's message catalogue, which has the words too.
    expect(html.replace(/<script[\s\S]*?<\/script>/g, "")).not.toContain("Make your plan");
    expect(await accountPlan(email)).toEqual({ guides: ["instagram", "linkedin", "chatgpt"], region: "EU" });
    // The device copy goes once the account has it.
    await expect.poll(() => page.evaluate(() => localStorage.getItem("untrain:plan"))).toBeNull();
    await context.close();
  });

  it("joins the account wherever the reader lands (a guide page), not only on /plan", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await makePlanSignedOut(page);
    const email = uniqueEmail("plan-landing");
    // Signed in without the confirmation page (as with GitHub or Google), landing on a guide page.
    await signInAs(page, email, "/guides/whatsapp");
    await expect.poll(() => accountPlan(email)).toEqual({ guides: ["instagram", "linkedin", "chatgpt"], region: "EU" });
    await expect.poll(() => page.evaluate(() => localStorage.getItem("untrain:plan"))).toBeNull();
    // A second device of the same person sees it without ever opening /plan.
    const other = await newContext(browser);
    const elsewhere = await other.newPage();
    await signInAs(elsewhere, email, "/checklist");
    await elsewhere.getByRole("heading", { name: /^Your plan: 0 of \d+ steps done$/ }).waitFor();
    await other.close();
    await context.close();
  });
});

describe("a shared plan link opened signed in (item 4)", () => {
  it("shows the shared plan and changes the account only on \"Add these to my plan\"", async () => {
    const email = uniqueEmail("plan-shared");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, email, "/plan");
    await page.getByText("Saved to your account").waitFor();
    await page.getByRole("checkbox", { name: "WhatsApp" }).check();
    await expect.poll(() => accountPlan(email)).toEqual({ guides: ["whatsapp"], region: null });

    // A link from another site.
    await page.goto("/plan?g=instagram,linkedin&r=UK");
    await page.getByRole("heading", { name: "A plan someone shared with you" }).waitFor();
    await page.getByText("nothing is saved to your account unless you add it").waitFor();
    expect(await planGuides(page)).toEqual(["Instagram", "LinkedIn"]);
    await expect.poll(() => page.getByRole("radio", { name: /^UK/ }).isChecked()).toBe(true);
    // Looking around in it changes the link, never the account.
    await page.getByRole("checkbox", { name: "ChatGPT" }).check();
    await expect.poll(() => new URL(page.url()).search).toBe("?g=instagram,linkedin,chatgpt&r=UK");
    expect(await accountPlan(email)).toEqual({ guides: ["whatsapp"], region: null });
    // Reloaded, still nothing.
    await page.reload();
    await page.getByRole("heading", { name: "A plan someone shared with you" }).waitFor();
    expect(await accountPlan(email)).toEqual({ guides: ["whatsapp"], region: null });

    await page.getByRole("button", { name: "Add these to my plan" }).click();
    // (A regex: the shared plan's own line says "nothing is saved to your account unless …".)
    await page.getByText(/^Saved to your account/).waitFor();
    expect(await accountPlan(email)).toEqual({ guides: ["whatsapp", "instagram", "linkedin", "chatgpt"], region: "UK" });
    expect(await planGuides(page)).toEqual(["ChatGPT", "Instagram", "LinkedIn", "WhatsApp"]);
    expect(new URL(page.url()).search).toBe("");
    expect(await page.getByRole("heading", { name: "A plan someone shared with you" }).count()).toBe(0);
    await context.close();
  });

  it("\"Show my own plan\" leaves the account as it was", async () => {
    const email = uniqueEmail("plan-shared-no");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, email, "/plan?g=instagram&r=EU");
    await page.getByRole("heading", { name: "A plan someone shared with you" }).waitFor();
    await page.getByRole("button", { name: "Show my own plan" }).click();
    await page.getByText("Tick at least one app above to see your plan.").waitFor();
    expect(new URL(page.url()).search).toBe("");
    expect(await accountPlan(email)).toBeUndefined();
    await context.close();
  });
});
