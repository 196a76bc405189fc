/**
 * Your plan (issue 11): built signed out, shared by its link, merged into the account on sign-in and
 * seen from another browser of the same person; axe in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import pg from "pg";
import { launch, newContext, seriousViolations, signInAs, uniqueEmail } from "../support/browser";
import { planGuides as allPlanGuides } from "@/lib/content/guides";

const planGuidesOf = (slug: string) => allPlanGuides().find((g) => g.slug === slug)!;

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

async function planGuides(page: Page): Promise<string[]> {
  return page.getByTestId("plan-guides").locator("li a").allTextContents();
}

async function waitForPlan(page: Page, platforms: string[]) {
  await expect.poll(async () => (await planGuides(page)).sort(), { timeout: 15_000 }).toEqual([...platforms].sort());
}

describe("your plan", () => {
  it("a guide page adds its guide to the plan on this device, keeping the guides already in it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/linkedin");
    await page.evaluate(() => localStorage.setItem("untrain:plan", "?g=instagram&r=EU"));
    await page.reload();
    await page.getByRole("button", { name: "Add to my plan" }).click();
    await page.getByRole("link", { name: /In your plan/ }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("untrain:plan"))).toBe("?g=instagram,linkedin&r=EU");
    await page.goto("/plan");
    await waitForPlan(page, ["Instagram", "LinkedIn"]);
    await context.close();
  });

  it("opened from the device's plan, /plan puts the plan in its address and Back from a guide returns to it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/linkedin");
    await page.evaluate(() => localStorage.setItem("untrain:plan", "?g=instagram,linkedin&r=EU"));
    await page.goto("/plan");
    await waitForPlan(page, ["Instagram", "LinkedIn"]);
    await expect.poll(() => new URL(page.url()).search).toBe("?g=instagram,linkedin&r=EU");
    await page.getByTestId("plan-guides").getByRole("link", { name: "LinkedIn" }).click();
    await page.waitForURL(/\/guides\/linkedin$/);
    await page.goBack();
    await page.waitForURL(/\/plan\?g=instagram,linkedin&r=EU$/);
    await waitForPlan(page, ["Instagram", "LinkedIn"]);
    await context.close();
  });

  it("signed out → the link in a fresh browser → sign in merges it → another browser of the same person sees it", async () => {
    const first = await newContext(browser);
    const page = await first.newPage();
    await page.goto("/plan");
    await page.getByText("Kept on this device").waitFor();
    await page.getByLabel("Filter apps").fill("insta");
    await page.getByRole("checkbox", { name: "Instagram" }).check();
    await page.getByLabel("Filter apps").fill("");
    await page.getByRole("checkbox", { name: "LinkedIn" }).check();
    await page.getByRole("radio", { name: /EU \/ EEA/ }).check();
    await waitForPlan(page, ["Instagram", "LinkedIn"]);
    await expect.poll(() => new URL(page.url()).search).toMatch(/^\?g=(instagram,linkedin)&r=EU$/);
    const link = await page.getByTestId("plan-link").inputValue();
    expect(link).toMatch(/\/plan\?g=instagram,linkedin&r=EU$/);
    await expect.poll(() => page.getByTestId("plan-total").textContent()).toMatch(/\d+ steps? in 2 guides, about \d+ minutes/);
    await page.getByRole("link", { name: "Start the first step" }).waitFor();

    // The link alone carries the plan: a fresh browser with nothing stored sees the same guides and region.
    const fresh = await newContext(browser);
    const shared = await fresh.newPage();
    await shared.goto(new URL(link).pathname + new URL(link).search);
    await waitForPlan(shared, ["Instagram", "LinkedIn"]);
    // The region is read from the link after hydration: wait for it rather than read it once.
    await expect.poll(() => shared.getByRole("radio", { name: /EU \/ EEA/ }).isChecked()).toBe(true);
    await fresh.close();

    // Sign in in the first browser: the device's plan joins the account's.
    const email = uniqueEmail("plan");
    await signInAs(page, email, "/plan");
    await page.getByText("Saved to your account").waitFor();
    await waitForPlan(page, ["Instagram", "LinkedIn"]);
    await expect
      .poll(async () => (await sql.query(`SELECT p.guides, p.region FROM "Plan" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`, [email])).rows[0])
      .toEqual({ guides: ["instagram", "linkedin"], region: "EU" });
    expect(await page.evaluate(() => localStorage.getItem("untrain:plan"))).toBeNull();

    // A change while signed in is saved to the account.
    await page.getByRole("checkbox", { name: "WhatsApp" }).check();
    await page.getByText("Saved to your account").waitFor();
    await expect
      .poll(async () => (await sql.query(`SELECT p.guides FROM "Plan" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`, [email])).rows[0]?.guides)
      .toEqual(["instagram", "linkedin", "whatsapp"]);

    // Another browser of the same person, with nothing on the device, sees the account's plan.
    const other = await newContext(browser);
    const elsewhere = await other.newPage();
    await signInAs(elsewhere, email, "/plan");
    await waitForPlan(elsewhere, ["Instagram", "LinkedIn", "WhatsApp"]);
    await expect.poll(() => elsewhere.getByRole("radio", { name: /EU \/ EEA/ }).isChecked()).toBe(true);
    await elsewhere.screenshot({ path: ".data/screenshots/plan-signed-in.png", fullPage: true });
    console.log("plan journey screenshot: .data/screenshots/plan-signed-in.png");
    await other.close();
    await first.close();
  });

  it("a region chosen once is everywhere: a guide page's choice is the plan's, and the other way round", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/whatsapp");
    await page.getByRole("button", { name: "Add to my plan" }).click();
    await page.getByLabel("Where do you live?").selectOption("UK");
    await page.goto("/plan");
    await waitForPlan(page, ["WhatsApp"]);
    await expect.poll(() => page.getByRole("radio", { name: /^UK/ }).isChecked()).toBe(true);
    await page.getByRole("radio", { name: /^US/ }).check();
    await expect.poll(() => new URL(page.url()).search).toBe("?g=whatsapp&r=US");
    await page.goto("/guides/whatsapp");
    await expect.poll(() => page.getByLabel("Where do you live?").inputValue()).toBe("US");
    // Signing in brings the device's region to the account (it had none).
    const email = uniqueEmail("plan-region-sign-in");
    await signInAs(page, email, "/guides/whatsapp");
    await expect.poll(async () => (await sql.query(`SELECT p.region FROM "Plan" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`, [email])).rows[0]?.region).toBe("US");
    await context.close();
  });

  it("signed in, a region chosen on a guide page reaches the account: the checklist counts leave out the steps that do not apply, and say so", async () => {
    const guide = planGuidesOf("whatsapp");
    const outside = guide.steps.filter((s) => s.region && !s.region.includes("US"));
    expect(outside.length).toBeGreaterThan(0);
    const email = uniqueEmail("plan-region");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, email, "/plan");
    await page.getByText("Saved to your account").waitFor();
    await page.getByRole("checkbox", { name: "WhatsApp" }).check();
    await expect.poll(async () => (await sql.query(`SELECT p.guides, p.region FROM "Plan" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`, [email])).rows[0]).toEqual({ guides: ["whatsapp"], region: null });

    await page.goto("/checklist");
    await page.getByRole("heading", { name: `Your plan: 0 of ${guide.steps.length} steps done` }).waitFor();
    expect(await page.getByTestId("set-aside").count()).toBe(0);

    // Once, on the guide page.
    await page.goto("/guides/whatsapp");
    await page.getByLabel("Where do you live?").selectOption("US");
    await expect.poll(async () => (await sql.query(`SELECT p.region FROM "Plan" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`, [email])).rows[0]?.region).toBe("US");

    await page.goto("/checklist");
    const applies = guide.steps.length - outside.length;
    await page.getByRole("heading", { name: `Your plan: 0 of ${applies} steps done` }).waitFor();
    const note = `${outside.length} ${outside.length === 1 ? "step only applies" : "steps only apply"} in the EU / EEA or the UK (left out of the counts).`;
    expect(await page.getByTestId("set-aside").first().textContent()).toBe(note);
    await page.screenshot({ path: ".data/screenshots/checklist-region.png", fullPage: true });
    console.log("checklist with a region screenshot: .data/screenshots/checklist-region.png");

    // Another browser of the same person, nothing on the device: the account's region is used there too.
    const other = await newContext(browser);
    const elsewhere = await other.newPage();
    await signInAs(elsewhere, email, "/guides/whatsapp");
    await expect.poll(() => elsewhere.getByLabel("Where do you live?").inputValue()).toBe("US");
    await elsewhere.getByText(`${outside.length} ${outside.length === 1 ? "step does" : "steps do"} not apply where you live`).waitFor();
    await elsewhere.goto("/plan");
    await expect.poll(() => elsewhere.getByRole("radio", { name: /^US/ }).isChecked()).toBe(true);
    await other.close();
    await context.close();
  });

  it("refuses unknown guides, huge lists and bad regions with a 4xx, and a signed-out write with a 401", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const put = (body: unknown) =>
      page.evaluate(async (b) => {
        const res = await fetch("/api/plan", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(b) });
        return res.status;
      }, body);
    await page.goto("/plan");
    expect(await put({ guides: ["instagram"], region: "EU" })).toBe(401);
    await signInAs(page, uniqueEmail("plan-api"), "/plan");
    expect(await put({ guides: ["no-such-guide"] })).toBe(422);
    expect(await put({ guides: Array.from({ length: 201 }, (_, i) => `g-${i}`) })).toBe(422);
    expect(await put({ guides: ["instagram"], region: "Atlantis" })).toBe(422);
    expect(await put({ guides: ["instagram", "instagram"] })).toBe(422);
    expect(await put({ guides: ["instagram"], region: "CH" })).toBe(200);
    const patch = (b: unknown) =>
      page.evaluate(async (body) => (await fetch("/api/plan", { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).status, b);
    expect(await patch({ region: "Atlantis" })).toBe(422);
    expect(await patch({ region: "EU", guides: [] })).toBe(422);
    expect(await patch({ region: "EU" })).toBe(200);
    await context.close();
  });

  it("has no serious accessibility problems in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      await page.goto("/plan?g=instagram,chatgpt&r=US");
      await waitForPlan(page, ["Instagram", "ChatGPT"]);
      expect((await seriousViolations(page)).join("\n"), `/plan ${colorScheme}`).toBe("");
      await context.close();
    }
  });
});
