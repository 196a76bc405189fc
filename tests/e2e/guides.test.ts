import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import pg from "pg";
import { loadGuides } from "@/lib/content/guides";
import { stepConfirmation } from "@/lib/content/sourcing";
import { BASE_URL, launch, newContext, seriousViolations } from "../support/browser";

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const guides = loadGuides();
const reddit = guides.find((g) => g.slug === "reddit")!;
const instagram = guides.find((g) => g.slug === "instagram")!;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

// Finding a guide (search, filters, paging, no-JavaScript search) is in guides-search.test.ts.

describe("on a guide", () => {
  it("marks the steps that do not apply in the reader's region instead of hiding them", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/instagram");
    const regional = instagram.steps.filter((s) => s.region && !s.region.includes("US"));
    expect(regional.length).toBeGreaterThan(0);
    await page.getByLabel("Where do you live?").selectOption("US");
    await page.getByRole("status").filter({ hasText: "not apply where you live" }).waitFor();
    for (const step of regional) expect(await page.locator(`#${step.id} [data-testid=not-your-region]`).count()).toBe(1);
    expect(await page.locator("li.step").count()).toBe(instagram.steps.length);
    await page.reload();
    // The stored choice is read after hydration: wait for it to show, then check the field holds it.
    await page.getByRole("status").filter({ hasText: "not apply where you live" }).waitFor();
    expect(await page.getByLabel("Where do you live?").inputValue()).toBe("US");
    await page.getByLabel("Where do you live?").selectOption("EU");
    await page.getByRole("status").filter({ hasText: "Every step applies" }).waitFor();
    await context.close();
  });

  it("stores an out-of-date report, and rejects an empty or oversized one with a clear message", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/reddit");
    const step = reddit.steps[0]!;
    const item = page.locator(`#${step.id}`);
    await item.getByText("This step is out of date").click();
    const field = item.getByLabel(/What is different now\?/);
    await item.getByRole("button", { name: "Send report" }).click();
    await item.getByRole("alert").waitFor();
    expect(await item.getByRole("alert").innerText()).toMatch(/at least 5 characters/);
    await field.fill("x".repeat(1001));
    await item.getByRole("button", { name: "Send report" }).click();
    await item.getByRole("alert").filter({ hasText: "under 1000 characters" }).waitFor();
    const message = `The menu is now called Privacy & safety ${Date.now()}`;
    await field.fill(message);
    await item.getByRole("button", { name: "Send report" }).click();
    await item.getByRole("status").filter({ hasText: "Thank you" }).waitFor();
    const { rows } = await sql.query(`SELECT guide, "stepId", message FROM "StepReport" WHERE message = $1`, [message]);
    expect(rows).toEqual([{ guide: "reddit", stepId: step.id, message }]);
    await context.close();
  });

  it("sends a report without JavaScript too", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/guides/reddit");
    const step = reddit.steps[1]!;
    const item = page.locator(`#${step.id}`);
    await item.getByText("This step is out of date").click();
    const message = `No-JS report ${Date.now()}`;
    await item.getByLabel(/What is different now\?/).fill(message);
    await item.getByRole("button", { name: "Send report" }).click();
    await page.getByRole("heading", { name: "Thank you" }).waitFor();
    expect((await sql.query(`SELECT count(*)::int AS n FROM "StepReport" WHERE message = $1`, [message])).rows[0].n).toBe(1);
    await context.close();
  });
});

describe("evidence", () => {
  it("opens the platform's own words behind a confirmed step without JavaScript, with the link and the date read", async () => {
    const found = guides
      .flatMap((guide) => guide.steps.map((step) => ({ guide, step, confirmation: stepConfirmation(step.cited, step.quotes) })))
      .find(({ confirmation }) => confirmation.status === "confirmed");
    expect(found, "no guide has a step confirmed by a quote").toBeDefined();
    const { guide, step, confirmation } = found!;
    const quote = confirmation.quotes.find((q) => !q.partly)!;
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/guides/${guide.slug}`);
    const item = page.locator(`#${step.id}`);
    expect(await item.locator(".step-sources").innerText()).toMatch(/^Confirmed on .+ own pages: /);
    const blockquote = item.locator("blockquote").first();
    expect(await blockquote.isVisible()).toBe(false);
    await item.getByText(/own words/).first().click();
    expect(await blockquote.isVisible()).toBe(true);
    expect(await blockquote.innerText()).toContain(quote.text.replace(/\s+/g, " ").slice(0, 40));
    const caption = item.locator("figcaption").first();
    expect(await caption.locator("a").getAttribute("href")).toBe(quote.source.url);
    expect(await caption.locator("time").getAttribute("datetime")).toBe(quote.read);
    await context.close();
    // axe runs in the page, so the accessibility check opens the quote in a browser with JavaScript.
    const withJs = await newContext(browser);
    const checked = await withJs.newPage();
    await checked.goto(`/guides/${guide.slug}`);
    await checked.locator(`#${step.id}`).getByText(/own words/).first().click();
    expect(await seriousViolations(checked)).toEqual([]);
    await withJs.close();
  });

  it("does not call a step confirmed when its official page is cited without a quote", async () => {
    const found = guides
      .flatMap((guide) => guide.steps.map((step) => ({ guide, step, status: stepConfirmation(step.cited, step.quotes).status })))
      .find(({ status }) => status !== "confirmed");
    expect(found, "every step is quoted: this test needs a new subject").toBeDefined();
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/guides/${found!.guide.slug}`);
    expect(await page.locator(`#${found!.step.id} .step-sources`).innerText()).not.toMatch(/^Confirmed on/);
    await context.close();
  });
});

describe("links to other sites", () => {
  // Every kind: a step's setting link, its sources and quotes, a link in guide text (linkedin has some), the
  // sources list, and the authorities on /rights; in English and in German.
  it("open in a new tab, say so to screen readers in the page's language, and keep the opener out", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, newTab] of [
      ["/guides/linkedin", /new tab/],
      ["/de/guides/linkedin", /neuen Tab/],
      ["/rights", /new tab/],
    ] as const) {
      await page.goto(path);
      const links = await page.locator('a[target="_blank"]').evaluateAll((all) =>
        all.map((a) => ({ href: a.getAttribute("href"), rel: (a as HTMLAnchorElement).rel.split(" ").sort().join(" "), said: a.querySelector(".sr-only")?.textContent ?? "" })),
      );
      expect(links.length, path).toBeGreaterThan(5);
      for (const link of links) {
        expect(link.rel, `${path} ${link.href}`).toBe("external noopener noreferrer");
        expect(link.said, `${path} ${link.href}`).toMatch(newTab);
      }
    }
    await context.close();
  });
});

describe("sharing", () => {
  it("copies the absolute link of a step and announces it", async () => {
    const context = await newContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto("/guides/linkedin");
    const step = guides.find((g) => g.slug === "linkedin")!.steps[1]!;
    const button = page.getByRole("button", { name: `Copy link to step: ${step.title}` });
    await button.focus();
    await page.keyboard.press("Enter");
    await page.locator(`#${step.id}`).getByRole("status").filter({ hasText: "Link copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE_URL}/guides/linkedin#${step.id}`);
    await context.close();
  });

  it("opens a shared step link scrolled to that step and highlighted", async () => {
    const context = await newContext(browser, { viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    const step = instagram.steps.at(-1)!;
    await page.goto(`/guides/instagram#${step.id}`);
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(step.id);
    const box = await page.locator(`#${step.id}`).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(700);
    const outline = await page.locator(`#${step.id}`).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");
    await context.close();
  });

  it("serves a 1200×630 PNG Open Graph image and preview metadata", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/linkedin");
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(ogImage).toBe(`${BASE_URL}/guides/linkedin/opengraph-image`);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${BASE_URL}/guides/linkedin`);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld["@type"]).toBe("HowTo");
    const res = await context.request.get("/guides/linkedin/opengraph-image");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    const png = await res.body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // Pages that are not guides have full previews too, with the site image.
    for (const path of ["/", "/guides", "/start"]) {
      await page.goto(path);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
      expect(canonical.replace(/\/$/, "")).toBe(`${BASE_URL}${path}`.replace(/\/$/, ""));
      expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBeTruthy();
      expect(await page.locator('meta[property="og:description"]').getAttribute("content")).toBeTruthy();
      expect(await page.locator('meta[property="og:image"]').first().getAttribute("content")).toMatch(new RegExp(`^${BASE_URL}/opengraph-image`));
      expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
    }
    await context.close();
  });

  it("publishes sitemap.xml, robots.txt and an Atom feed", async () => {
    const context = await newContext(browser);
    const sitemap = await context.request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    for (const g of guides) expect(xml).toContain(`${BASE_URL}/guides/${g.slug}</loc>`);
    // Every step's own page, the link for sharing one step.
    for (const g of guides) for (const s of g.steps) expect(xml).toContain(`${BASE_URL}/guides/${g.slug}/steps/${s.id}</loc>`);
    const robots = await (await context.request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`);
    const feed = await context.request.get("/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">");
    // Every language: its own feed, and hreflang alternates for each page in the sitemap (x-default: English).
    const german = await context.request.get("/de/feed.xml");
    expect(german.headers()["content-type"]).toContain("application/atom+xml");
    expect(await german.text()).toContain(`<link rel="alternate" type="text/html" href="${BASE_URL}/de/guides"/>`);
    for (const g of guides) expect(xml).toContain(`${BASE_URL}/de/guides/${g.slug}</loc>`);
    expect(xml).toContain(`hreflang="x-default" href="${BASE_URL}/guides/instagram"`);
    expect(xml).toContain(`hreflang="fr" href="${BASE_URL}/fr/guides/instagram"`);
    await context.close();
  });

  it("keeps a guide page free of serious accessibility problems with the islands open", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/reddit");
    await page.locator(`#${reddit.steps[0]!.id}`).getByText("This step is out of date").click();
    expect((await seriousViolations(page)).join("\n")).toBe("");
    await context.close();
  });
});
