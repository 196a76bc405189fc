/**
 * The guided walkthrough (issue 11): a guide walked with the keyboard only. Enter ticks through the one
 * tick store and moves on, focus lands on the new step's heading, "I can't find this" files a cant_find
 * report, and the end screen offers the next guide of the plan; step pages read without JavaScript; axe.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import pg from "pg";
import { launch, newContext, seriousViolations, signInAs, uniqueEmail } from "../support/browser";
import { planGuides, stepManifest } from "@/lib/content/guides";
import { nextInPlan, planPosition, summarizePlan, type Plan } from "@/lib/plan/rules";

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
const OTHER = "whatsapp";
const steps = stepManifest().get(GUIDE)!;

async function heading(page: Page) {
  return page.locator("#step-heading").textContent();
}

/** The heading's plan part for `guide` in `plan`, in the order /plan shows ("" when the guide is not in it). */
function planPart(plan: Plan, guide: string): string {
  const at = planPosition(summarizePlan(plan, planGuides()), guide);
  return at ? ` · your plan: guide ${at.index} of ${at.total}` : "";
}

describe("guided walkthrough", () => {
  it("walks a guide with the keyboard only: Enter ticks and advances, I can't find this reports, the end offers the next guide", async () => {
    const email = uniqueEmail("walk");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, email, "/plan");
    const put = await page.evaluate(async (g) => (await fetch("/api/plan", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ guides: g, region: "EU" }) })).status, [GUIDE, OTHER]);
    expect(put).toBe(200);
    // Where the plan goes after this guide (the plan's own order), or none if this guide is last.
    const plan: Plan = { guides: [GUIDE, OTHER], region: "EU" };
    const expectedNext = nextInPlan(summarizePlan(plan, planGuides()), GUIDE);
    const inPlan = planPart(plan, GUIDE);
    expect(inPlan).toMatch(/^ · your plan: guide [12] of 2$/);

    await page.goto(`/guides/${GUIDE}/steps/${steps[0]!.id}`);
    for (const [i, step] of steps.entries()) {
      await expect.poll(() => heading(page)).toBe(`Step ${i + 1} of ${steps.length} · LinkedIn${inPlan}`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("step-heading");
      await page.getByRole("button", { name: "Done, next step" }).and(page.locator(":enabled")).waitFor();
      if (i === 1) {
        // Report with the keyboard: Tab to the button, open the form, type, send.
        await page.getByRole("button", { name: "I can't find this" }).focus();
        await page.keyboard.press("Enter");
        await page.getByLabel("What do you see instead? (optional)").focus();
        await page.keyboard.type("The menu is called Data privacy now");
        await page.keyboard.press("Tab");
        await page.keyboard.press("Enter");
        await page.getByText("Thank you: an editor will check this step.").waitFor();
        await expect
          .poll(async () => (await sql.query(`SELECT kind, message FROM "StepReport" WHERE guide = $1 AND "stepId" = $2 AND message = $3`, [GUIDE, step.id, "The menu is called Data privacy now"])).rows)
          .toEqual([{ kind: "cant_find", message: "The menu is called Data privacy now" }]);
        await page.locator("#step-heading").focus();
      }
      if (i === 2) {
        await page.keyboard.press("ArrowRight"); // skip this one
      } else {
        await page.keyboard.press("Enter");
      }
      if (i === 0) {
        // ← goes back to the first step, Enter there again leaves it ticked and moves on.
        await expect.poll(() => heading(page)).toBe(`Step 2 of ${steps.length} · LinkedIn${inPlan}`);
        await page.keyboard.press("ArrowLeft");
        await expect.poll(() => heading(page)).toBe(`Step 1 of ${steps.length} · LinkedIn${inPlan}`);
        await page.getByRole("button", { name: "Done, next step" }).and(page.locator(":enabled")).waitFor();
        await page.keyboard.press("Enter");
      }
    }
    await expect.poll(() => heading(page)).toBe("End of the LinkedIn guide");
    const expectedTicks = steps.filter((_, i) => i !== 2).map((s) => s.id).sort();
    await expect
      .poll(async () => (await sql.query(`SELECT c."stepId" FROM "StepCompletion" c JOIN "User" u ON u.id = c."userId" WHERE u.email = $1 AND c.guide = $2 ORDER BY c."stepId"`, [email, GUIDE])).rows.map((r) => r.stepId as string))
      .toEqual(expectedTicks);
    await page.getByText(`You did ${steps.length - 1} of ${steps.length} steps.`).waitFor();
    if (steps.length > 2) await page.getByRole("link", { name: `Step 3: ${steps[2]!.title}` }).waitFor();
    if (expectedNext) {
      const link = page.getByRole("link", { name: `Start ${expectedNext.platform}`, exact: true });
      await link.waitFor();
      expect(await link.getAttribute("href")).toBe(`/guides/${expectedNext.guide}/steps/${expectedNext.stepId}`);
    } else {
      await page.getByText("That was the last guide in your plan.").waitFor();
    }
    await page.screenshot({ path: ".data/screenshots/walkthrough-end.png", fullPage: true });
    console.log("walkthrough end screenshot: .data/screenshots/walkthrough-end.png");
    await context.close();
  });

  it("a step page says where its guide sits in the reader's plan, signed out (the device's plan) and signed in (the account's)", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const onDevice: Plan = { guides: ["instagram", GUIDE, OTHER], region: "EU" };
    await page.goto("/plan");
    await page.evaluate(() => localStorage.setItem("untrain:plan", "?g=instagram,linkedin,whatsapp&r=EU"));
    await page.goto(`/guides/${GUIDE}/steps/${steps[1]!.id}`);
    await expect.poll(() => heading(page)).toBe(`Step 2 of ${steps.length} · LinkedIn${planPart(onDevice, GUIDE)}`);
    expect(planPart(onDevice, GUIDE)).toMatch(/guide \d of 3$/);
    // The same order as /plan shows.
    await page.goto("/plan");
    await expect.poll(() => page.getByTestId("plan-guides").locator("li a").allTextContents()).toHaveLength(3);
    const order = await page.getByTestId("plan-guides").locator("li a").allTextContents();
    expect(planPart(onDevice, GUIDE)).toBe(` · your plan: guide ${order.indexOf("LinkedIn") + 1} of 3`);
    // A guide outside the plan says nothing about it (and downloads no plan index).
    const indexRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/plan/index.json")) indexRequests.push(r.url());
    });
    const chatgpt = stepManifest().get("chatgpt")!;
    await page.goto(`/guides/chatgpt/steps/${chatgpt[0]!.id}`);
    await page.waitForLoadState("networkidle");
    expect(await heading(page)).toBe(`Step 1 of ${chatgpt.length} · ChatGPT`);
    expect(indexRequests).toEqual([]);

    // Signed in: the account's plan (from the page's GET /api/me), not the device's.
    // (Nothing on the device, so signing in has no plan or region of this device to bring along.)
    await page.evaluate(() => localStorage.clear());
    await signInAs(page, uniqueEmail("walk-position"), "/checklist");
    const account: Plan = { guides: [OTHER, GUIDE], region: "US" };
    const put = await page.evaluate(async (plan) => (await fetch("/api/plan", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(plan) })).status, account);
    expect(put).toBe(200);
    await page.goto(`/guides/${GUIDE}/steps/${steps[0]!.id}`);
    await expect.poll(() => heading(page)).toBe(`Step 1 of ${steps.length} · LinkedIn${planPart(account, GUIDE)}`);
    expect(planPart(account, GUIDE)).toMatch(/guide \d of 2$/);
    await context.close();
  });

  it("with a region chosen, a step that does not apply there says so, and the walk goes past it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const whatsapp = planGuides().find((g) => g.slug === OTHER)!.steps;
    const regional = whatsapp.findIndex((s) => s.region && !s.region.includes("US"));
    expect(regional).toBeGreaterThanOrEqual(0);
    await page.goto("/plan");
    await page.evaluate(() => localStorage.setItem("untrain:region", "US"));
    await page.goto(`/guides/${OTHER}/steps/${whatsapp[regional]!.id}`);
    await page.getByText("This step does not apply where you live (US)").waitFor();
    await page.getByTestId("not-your-region").waitFor();
    // The next step that applies in the US, or the end of the guide.
    const next = whatsapp.slice(regional + 1).find((s) => !s.region || s.region.includes("US"));
    await page.locator("#step-heading").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(next ? `**/guides/${OTHER}/steps/${next.id}` : `**/guides/${OTHER}/done`);
    await context.close();
  });

  it("step pages read and link to each other without JavaScript", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/guides/${GUIDE}/steps/${steps[0]!.id}`);
    expect(await heading(page)).toBe(`Step 1 of ${steps.length} · LinkedIn`);
    await page.getByRole("heading", { name: steps[0]!.title }).waitFor();
    await page.getByRole("link", { name: /Next: step 2/ }).click();
    await page.waitForURL(`**/guides/${GUIDE}/steps/${steps[1]!.id}`);
    await page.getByRole("link", { name: /Back: step 1/ }).waitFor();
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(`${steps[1]!.title} · LinkedIn`);
    await context.close();
  });

  it("has no serious accessibility problems in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      for (const path of [`/guides/${GUIDE}/steps/${steps[0]!.id}`, `/guides/${GUIDE}/done`]) {
        await page.goto(path);
        await page.locator("#step-heading").waitFor();
        await page.waitForLoadState("networkidle");
        expect((await seriousViolations(page)).join("\n"), `${path} ${colorScheme}`).toBe("");
      }
      await context.close();
    }
  });
});
