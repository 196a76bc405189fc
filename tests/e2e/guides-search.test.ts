/**
 * Finding a guide: the static /guides with the search running in the browser on the static index,
 * the server-rendered /guides/search without JavaScript, paging, the URL, and what a page prefetches.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { loadGuides } from "@/lib/content/guides";
import { PAGE_SIZE, guideCards, searchGuides } from "@/lib/content/search";
import { SEARCH_INDEX_URL } from "@/lib/content/search-index";
import { BASE_URL, launch, newContext, seriousViolations } from "../support/browser";

let browser: Browser;
const guides = loadGuides();
const cards = guideCards(guides);
const reddit = guides.find((g) => g.slug === "reddit")!;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const resultItems = (page: Page) => page.getByRole("list", { name: "Guides" }).getByRole("listitem");
const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text }).waitFor();

/** Opens the first result of the "meta" search, goes Back, and expects the same results. */
async function expectSameResultsAfterBack(page: Page) {
  const before = await resultItems(page).allInnerTexts();
  await resultItems(page).first().getByRole("link").first().click();
  await page.waitForURL(/\/guides\/meta-ai$/);
  await page.goBack();
  await page.waitForURL(/\/guides\/search\?q=meta$/);
  await status(page, "found");
  expect(await resultItems(page).allInnerTexts()).toEqual(before);
}

/** Counts downloads of the search index. */
function watchIndex(page: Page) {
  const seen = { count: 0 };
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === SEARCH_INDEX_URL) seen.count++;
  });
  return seen;
}

/** Marks the document, so a test can tell that no page load happened since. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  return async () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

describe("search in the browser", () => {
  it("downloads the index on the first interaction only, then filters as you type without a page load", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const index = watchIndex(page);
    await page.goto("/guides");
    await status(page, `${guides.length} guides`);
    expect(await resultItems(page).count()).toBe(Math.min(PAGE_SIZE, guides.length));
    await page.waitForTimeout(500);
    expect(index.count).toBe(0);
    const sameDocument = await markDocument(page);

    const stepTitle = reddit.steps[1]!.title;
    await page.getByLabel("Search guides").pressSequentially(stepTitle, { delay: 5 });
    await status(page, "found");
    expect(await resultItems(page).first().getByRole("link").first().innerText()).toBe("Reddit");
    expect(await resultItems(page).first().innerText()).toContain(`Matching step: ${stepTitle}`);
    const url = new URL(page.url());
    expect(url.pathname).toBe("/guides/search");
    expect(url.searchParams.get("q")).toBe(stepTitle);
    expect(await sameDocument()).toBe(true);
    expect(index.count).toBe(1);

    // Keyboard: Escape clears the search, every guide is back and the address is /guides again.
    await page.getByLabel("Search guides").press("Escape");
    await status(page, `${guides.length} guides`);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/guides");
    expect(await sameDocument()).toBe(true);
    await context.close();
  });

  it("filters by category and by what you can do, and keeps both in the URL", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides");
    await page.getByLabel("Category").selectOption("ai-assistant");
    await status(page, "found");
    const expected = searchGuides(cards, { category: "ai-assistant" });
    expect(await resultItems(page).count()).toBe(Math.min(PAGE_SIZE, expected.length));
    for (const text of await resultItems(page).allInnerTexts()) expect(text).toMatch(/AI assistants/i);
    await page.getByLabel("What you can do").selectOption("opt-out");
    await status(page, "found");
    const both = searchGuides(cards, { category: "ai-assistant", can: "opt-out" });
    expect(await resultItems(page).count()).toBe(Math.min(PAGE_SIZE, both.length));
    for (const text of await resultItems(page).allInnerTexts()) expect(text).toContain("Has an opt-out");
    const params = new URL(page.url()).searchParams;
    expect([params.get("category"), params.get("can")]).toEqual(["ai-assistant", "opt-out"]);
    await context.close();
  });

  it("shows more results in place, and moves focus to the first new one", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides");
    const sameDocument = await markDocument(page);
    const rest = guides.length - PAGE_SIZE;
    expect(rest).toBeGreaterThan(0);
    await page.getByRole("link", { name: `Show ${Math.min(PAGE_SIZE, rest)} more` }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[aria-label="Guides"] > li').length === n, Math.min(guides.length, 2 * PAGE_SIZE));
    expect(await sameDocument()).toBe(true);
    // Focus moves in an effect after the longer list is painted, so it may come a task later.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 30_000 }).toBe(cards[PAGE_SIZE]!.platform);
    await context.close();
  });

  it("comes back to the same results after opening a guide and going Back", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides");
    await page.getByLabel("Search guides").fill("meta");
    await status(page, "found");
    await expectSameResultsAfterBack(page);
    expect(await page.getByLabel("Search guides").inputValue()).toBe("meta");
    // The header link to /guides clears the search, though the page never changed underneath.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guides" }).click();
    await status(page, `${guides.length} guides`);
    expect(await page.getByLabel("Search guides").inputValue()).toBe("");
    await context.close();
  });

  it("keeps what was typed before the page hydrated, and Back still returns to those results", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // Hold the scripts until the reader has typed, as on a slow phone.
    let release!: () => void;
    const typed = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**", async (route) => {
      await typed;
      await route.continue();
    });
    await page.goto("/guides", { waitUntil: "commit" });
    await page.getByLabel("Search guides").fill("meta");
    release();
    await status(page, "found");
    expect(page.url()).toMatch(/\/guides\/search\?q=meta$/);
    await expectSameResultsAfterBack(page);
    await context.close();
  });

  it("answers an old /guides?q= link in the browser", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides?q=linkedin&effect=opt-out");
    await status(page, "1 guide found");
    expect(new URL(page.url()).pathname).toBe("/guides/search");
    expect(await resultItems(page).first().getByRole("link").first().innerText()).toBe("LinkedIn");
    expect(await page.getByLabel("What you can do").inputValue()).toBe("opt-out");
    await context.close();
  });
});

describe("search without JavaScript", () => {
  it("sends the form to /guides/search, server-rendered and paged", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/guides");
    await page.getByLabel("Search guides").fill("linkedin");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/guides\/search\?q=linkedin/);
    expect(await resultItems(page).first().getByRole("link").first().innerText()).toBe("LinkedIn");

    await page.goto(`/guides/search?q=${encodeURIComponent(reddit.steps[1]!.title)}`);
    expect(await resultItems(page).first().getByRole("link").first().innerText()).toBe("Reddit");

    await page.goto("/guides/search?q=qwertyuiopasdf");
    expect(await page.locator("main").innerText()).toContain("No guide matches “qwertyuiopasdf”");
    expect(await page.getByRole("link", { name: "Instagram" }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it("answers an old /guides?q= link with the server's results, on SITE_URL whatever the Host", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/guides?q=linkedin&effect=opt-out");
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/guides/search?q=linkedin&effect=opt-out");
    expect(await resultItems(page).count()).toBe(1);
    expect(await resultItems(page).first().getByRole("link").first().innerText()).toBe("LinkedIn");
    await context.close();
    const res = await fetch(new URL("/guides?category=social", BASE_URL), { redirect: "manual", headers: { "x-forwarded-host": "evil.example" } });
    expect(res.status).toBe(308);
    // Next.js writes a same-site redirect as a path, so no Host can steer it elsewhere.
    const location = res.headers.get("location")!;
    expect(location).not.toContain("evil.example");
    expect(new URL(location, process.env.SITE_URL ?? BASE_URL).href).toBe(new URL("/guides/search?category=social", process.env.SITE_URL ?? BASE_URL).href);
  });

  it("pages through every guide with links, one page at a time", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/guides");
    const rest = guides.length - PAGE_SIZE;
    expect(await resultItems(page).count()).toBe(PAGE_SIZE);
    await page.getByRole("link", { name: `Show ${Math.min(PAGE_SIZE, rest)} more` }).click();
    await page.waitForURL(/\/guides\/search\?page=2$/);
    expect(await resultItems(page).count()).toBe(Math.min(PAGE_SIZE, rest));
    expect(await resultItems(page).first().getByRole("link").first().innerText()).toBe(cards[PAGE_SIZE]!.platform);
    expect(await page.getByRole("status").innerText()).toContain(`showing ${PAGE_SIZE + 1}–`);
    await page.getByRole("link", { name: `Previous ${PAGE_SIZE}` }).click();
    await page.waitForURL(/\/guides$/);
    // A category link from the home page works too.
    await page.goto("/");
    await page.getByRole("link", { name: /^AI assistants/ }).click();
    await page.waitForURL(/\/guides\/search\?category=ai-assistant$/);
    for (const text of await resultItems(page).allInnerTexts()) expect(text).toMatch(/AI assistants/i);
    await context.close();
  });
});

describe("accessibility", () => {
  it("has no serious problems in light and dark, with results, more results and none", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      await page.goto("/guides");
      await page.getByLabel("Search guides").fill("meta");
      await status(page, "found");
      expect((await seriousViolations(page)).join("\n"), `/guides with results, ${colorScheme}`).toBe("");
      await page.getByLabel("Search guides").fill("qwertyuiopasdf");
      await status(page, "0 guides found");
      expect((await seriousViolations(page)).join("\n"), `/guides without results, ${colorScheme}`).toBe("");
      await page.goto("/guides/search?page=2");
      expect((await seriousViolations(page)).join("\n"), `/guides/search?page=2, ${colorScheme}`).toBe("");
      await context.close();
    }
  });
});

describe("prefetch", () => {
  /**
   * Dynamic routes linked from the account corner (components/layout/AccountMenu.tsx: "Sign in", or
   * "My account" when the session is unknown), which does not pass prefetch={false} yet.
   */
  const OWNED_ELSEWHERE = new Set(["/signin", "/account"]);
  const STATIC = (path: string) => path === "/" || path === "/guides" || path === "/start" || (/^\/guides\/[a-z0-9-]+$/.test(path) && path !== "/guides/search");

  it("prefetches only static pages from a guide page", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const prefetched = new Set<string>();
    page.on("request", (r) => {
      if (r.headers()["next-router-prefetch"]) prefetched.add(new URL(r.url()).pathname);
    });
    await page.goto("/guides/instagram");
    await page.waitForLoadState("load");
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(150);
    }
    // The router prefetches when the browser is idle, which a busy machine may delay: wait for it, not for a time.
    await expect.poll(() => prefetched.size, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1500); // only lets a late prefetch of a dynamic page show up below
    const dynamic = [...prefetched].filter((p) => !STATIC(p) && !OWNED_ELSEWHERE.has(p));
    expect(dynamic).toEqual([]);
    await context.close();
  });
});
