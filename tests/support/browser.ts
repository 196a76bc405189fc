/** Chromium (Debian's package, driven by playwright-core) against the app that scripts/test.ts started. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import axe from "axe-core";
import { expect } from "vitest";

export const BASE_URL = process.env.E2E_BASE_URL ?? "";
const MAIL_DIR = process.env.MAIL_DIR ?? "";

export async function launch(): Promise<Browser> {
  if (!BASE_URL) throw new Error("E2E_BASE_URL is not set: run e2e tests through `npm test`.");
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

export async function newContext(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: BASE_URL, ...options });
  // Any request that leaves the machine is a bug in a privacy product: fail loudly.
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  return context;
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.untrain.invalid`;
}

type MailFile = { to: string; url: string; createdAt: string; subject?: string };

/** The newest mail to `to` written after `since`, waiting for it to appear. */
export async function waitForMail(to: string, since: number, match: (m: MailFile) => boolean = () => true): Promise<MailFile> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const mails = readdirSync(MAIL_DIR)
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(readFileSync(path.join(MAIL_DIR, f), "utf8")) as MailFile)
      .filter((m) => m.to === to && Date.parse(m.createdAt) >= since - 1000 && match(m))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    if (mails[0]) return mails[0];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No mail to ${to} arrived in ${MAIL_DIR}`);
}

/** Signs in through the real magic-link flow: form → mail file → link. */
export async function signIn(page: Page, email: string, callbackUrl = "/checklist") {
  const since = Date.now();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  const mail = await waitForMail(email, since, (m) => m.url.includes("/signin/confirm"));
  expect(new URL(mail.url).origin).toBe(BASE_URL);
  await confirmSignIn(page, mail.url, email);
}

/** Opens the mailed link and presses the focused "Sign in as …" button, as the reader does (Enter). */
export async function confirmSignIn(page: Page, link: string, email: string, options: { devicePlan?: boolean } = {}) {
  await page.goto(link);
  const button = page.getByRole("button", { name: `Sign in as ${email}` });
  await button.waitFor();
  // The form carries this device's plan once the page has read it (components/plan/DevicePlanField.tsx).
  if (options.devicePlan) await page.locator('form input[name="plan"]').waitFor({ state: "attached" });
  // autofocus is applied at the browser's next rendering step, which may come after "load": wait for it.
  await expect.poll(() => button.evaluate((el) => el === document.activeElement), { timeout: 30_000 }).toBe(true);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/api/auth") && !url.pathname.startsWith("/signin/confirm"));
}

/** axe-core on the current page; returns serious and critical violations. */
export async function seriousViolations(page: Page) {
  await page.evaluate(axe.source);
  const result = (await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }))) as axe.AxeResults;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/**
 * Signs in without the mail round trip: a User and a Session row straight in the database and the
 * session cookie in the browser. For tests about what a signed-in person sees; the real magic-link flow
 * (signIn above) is kept for the tests about signing in, because sign-in mails are rate-limited per
 * client and every test here comes from one address.
 */
export async function signInAs(page: Page, email: string, path = "/checklist") {
  const pg = (await import("pg")).default;
  const sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await sql.connect();
  try {
    const user = await sql.query(
      `INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ($1, $2, now(), now())
       ON CONFLICT (email) DO UPDATE SET "updatedAt" = now() RETURNING id`,
      [`e2e${randomUUID().replace(/-/g, "")}`, email],
    );
    const token = randomUUID();
    await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [token, user.rows[0].id]);
    await page.context().addCookies([{ name: "authjs.session-token", value: token, url: BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  } finally {
    await sql.end();
  }
  await page.goto(path);
}

/** Today's date in UTC, as the tests' sent dates and due dates are written ("2026-12-06"). */
export const utcToday = (): string => new Date().toISOString().slice(0, 10);

/** Sets the signed-in account's region (the plan's, which the request deadlines follow) through the API, as the plan page would. */
export async function setAccountRegion(page: Page, region: string) {
  const res = await page.request.patch("/api/plan", { data: { region }, headers: { "content-type": "application/json" } });
  expect(res.status(), await res.text()).toBe(200);
}

/**
 * The next answer to the page-session question (GET /api/me), as the header reads it: start waiting before
 * the action that should make the page ask again (signing out, deleting the account), await it after.
 */
export function nextSessionAnswer(page: Page): Promise<{ user: unknown }> {
  return page.waitForResponse((r) => new URL(r.url()).pathname === "/api/me").then((r) => r.json() as Promise<{ user: unknown }>);
}
