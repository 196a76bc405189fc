import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import pg from "pg";
import { parseServerEnv } from "@/lib/env";
import { SESSION_COOKIES } from "@/lib/auth/session";
import {
  HANDLED_REPORT_DAYS,
  LOCAL_STORAGE_FACTS,
  RATE_LIMIT_FACTS,
  SESSION_MAX_AGE_DAYS,
  SIGN_IN_LINK_MAX_AGE_HOURS,
  UNSUBSCRIBE_TOKEN_DAYS,
} from "@/lib/privacy-facts";
import { LOCAL_TICKS_KEY } from "@/lib/progress/local";
import { READER_REGION_KEY } from "@/lib/plan/reader-region";
import { BASE_URL, confirmSignIn, launch, newContext, seriousViolations, uniqueEmail, waitForMail } from "../support/browser";

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL });
// scripts/test.ts starts the server with this same environment (only NODE_ENV differs), so this is
// the contact the server shows: OPERATOR_CONTACT if the caller set it, otherwise lib/env.ts's default.
const contact = parseServerEnv(process.env).OPERATOR_CONTACT;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("the privacy notice", () => {
  it("names what is stored, for how long, and who runs the site", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto("/privacy");
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "Privacy notice" }).waitFor();
    for (const name of ["Who runs Untrain", "What is stored, why, and for how long", "Who can see it", "Take your data with you, or delete it", "Your rights", "Contact"]) {
      expect(await page.getByRole("heading", { level: 2, name }).count(), name).toBe(1);
    }
    const text = await page.locator("main").innerText();
    for (const thing of ["Your email address", "The steps you ticked", "hash", "Your reminder choice", "Sessions", "Sign-in tokens", "Out-of-date reports", "Rate-limit counters", "keyed hash"]) {
      expect(text, thing).toContain(thing);
    }
    expect(text).toContain(`${SESSION_MAX_AGE_DAYS} days from sign-in`);
    expect(text).toContain(`${SIGN_IN_LINK_MAX_AGE_HOURS} hours at most`);
    expect(text).toContain(`${UNSUBSCRIBE_TOKEN_DAYS} days`);
    for (const limit of RATE_LIMIT_FACTS) expect(text).toContain(limit.text);
    for (const { key } of LOCAL_STORAGE_FACTS) expect(text).toContain(key);
    expect(text).toMatch(/no analytics/i);
    expect(text).toMatch(/supervisory authority/);
    // The operator's contact, from the server's environment, in "Who runs Untrain" and in "Contact".
    expect(await page.getByTestId("operator-contact").innerText()).toBe(contact);
    expect(text.split(contact).length - 1).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole("link", { name: "your account page" }).first().getAttribute("href")).toBe("/account");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${BASE_URL}/privacy`);
    await context.close();
  });

  it("has no serious accessibility problems in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      await page.goto("/privacy");
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
      expect((await seriousViolations(page)).join("\n"), colorScheme).toBe("");
      await context.close();
    }
  });

  it("is linked from the footer of every page and listed in the sitemap", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/reddit");
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }).click();
    await page.waitForURL(`${BASE_URL}/privacy`);
    await page.getByRole("heading", { level: 1, name: "Privacy notice" }).waitFor();
    expect(await (await context.request.get("/sitemap.xml")).text()).toContain(`${BASE_URL}/privacy</loc>`);
    await context.close();
  });
});

describe("docs/security.md", () => {
  it("quotes the same limits and lifetimes as the code", () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/security.md"), "utf8");
    for (const limit of RATE_LIMIT_FACTS) expect(doc).toContain(limit.text);
    expect(doc).toContain(`${SESSION_MAX_AGE_DAYS} days from sign-in`);
    expect(doc).toContain(`${SIGN_IN_LINK_MAX_AGE_HOURS} hours`);
    expect(doc).toContain(`expire after ${UNSUBSCRIBE_TOKEN_DAYS} days`);
    expect(doc).toContain(`reports an editor handled more than ${HANDLED_REPORT_DAYS} days ago`);
  });
});

async function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage));
}

async function sessionCookieExpiry(context: BrowserContext): Promise<number | undefined> {
  const cookie = (await context.cookies()).find((c) => (SESSION_COOKIES as readonly string[]).includes(c.name));
  return cookie ? cookie.expires * 1000 : undefined;
}

describe("what the notice says is what the app does", () => {
  it("sign-in links last the hours it states, sessions the days it states, and the browser keeps only the keys it lists", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = new Set<string>();

    // Signed out: a region choice and a tick stay in the browser.
    await page.goto("/guides/instagram");
    await page.getByLabel("Where do you live?").selectOption("EU");
    await page.locator("li.step").nth(0).locator('input[type="checkbox"]').check();
    await page.locator("#progress-line", { hasText: "1 of" }).waitFor();
    for (const key of await storageKeys(page)) seen.add(key);

    // Sign in by email: the token row expires after the stated hours.
    const email = uniqueEmail("privacy");
    const since = Date.now();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent("/guides/instagram")}`);
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByRole("heading", { name: "Check your email" }).waitFor();
    const mail = await waitForMail(email, since, (m) => m.url.includes("/signin/confirm"));
    const tokens = await sql.query<{ expires: Date }>(`SELECT expires FROM "VerificationToken" WHERE identifier = $1`, [email]);
    expect(tokens.rows).toHaveLength(1);
    expect(Math.abs(tokens.rows[0]!.expires.getTime() - since - SIGN_IN_LINK_MAX_AGE_HOURS * HOUR)).toBeLessThan(5 * 60_000);

    // The session (row and cookie) expires after the stated days.
    await confirmSignIn(page, mail.url, email);
    await page.waitForURL((url) => url.pathname === "/guides/instagram");
    const sessions = await sql.query<{ expires: Date }>(`SELECT s.expires FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`, [email]);
    expect(sessions.rows).toHaveLength(1);
    expect(Math.abs(sessions.rows[0]!.expires.getTime() - since - SESSION_MAX_AGE_DAYS * DAY)).toBeLessThan(HOUR);
    const cookieExpiry = await sessionCookieExpiry(context);
    expect(cookieExpiry).toBeDefined();
    expect(Math.abs(cookieExpiry! - since - SESSION_MAX_AGE_DAYS * DAY)).toBeLessThan(HOUR);

    // Signed in: a tick goes through the outbox to the server.
    await page.getByText("All changes saved to your checklist.").waitFor();
    for (const key of await storageKeys(page)) seen.add(key);
    await page.locator("li.step").nth(1).locator('input[type="checkbox"]').check();
    for (const key of await storageKeys(page)) seen.add(key);
    await page.locator("li.step").nth(1).getByText("Saved", { exact: true }).waitFor();
    for (const key of await storageKeys(page)) seen.add(key);

    expect(seen.has(LOCAL_TICKS_KEY)).toBe(true);
    expect(seen.has(READER_REGION_KEY)).toBe(true);
    const listed = new Set<string>(LOCAL_STORAGE_FACTS.map((f) => f.key));
    expect([...seen].filter((key) => !listed.has(key)), "localStorage keys the notice does not list").toEqual([]);
    await context.close();
  });
});
