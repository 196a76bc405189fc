import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, newContext, seriousViolations, signIn, uniqueEmail } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("reading and signing in", () => {
  it("opens a guide with its steps as an ordered list", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/linkedin");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/LinkedIn/);
    const steps = page.locator("section[aria-labelledby=steps-heading] > ol > li.step");
    expect(await steps.count()).toBeGreaterThan(1);
    const firstId = await steps.first().getAttribute("id");
    expect(firstId).toMatch(/^[a-z0-9-]+$/);
    await expect(page.locator(`#${firstId} h3 a[href="#${firstId}"]`).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "What this guide cannot do" }).count()).resolves.toBe(1);
    await context.close();
  });

  it("reads a guide without JavaScript", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/guides/instagram");
    expect(await page.locator("li.step").count()).toBeGreaterThan(1);
    expect(await page.getByRole("heading", { name: "Sources" }).count()).toBe(1);
    await context.close();
  });

  it("answers unknown addresses with a whole 404 page that reads without JavaScript", async () => {
    // Without JavaScript, so the words must be in the HTML (a page's notFound() gets Next's empty error shell).
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ["/guides/no-such-platform", "/guides/instagram/steps/no-such-step", "/no-such-page", "/en/no-such-page"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await page.getByRole("heading", { level: 1, name: "Page not found" }).count(), path).toBe(1);
      expect(await page.getAttribute("html", "lang"), path).toBe("en");
      expect(await page.title(), path).toBe("Page not found · Untrain");
      expect(await page.getByRole("link", { name: "See all guides" }).getAttribute("href"), path).toBe("/guides");
      expect(await page.getByRole("link", { name: "Untrain" }).getAttribute("href"), path).toBe("/");
      // The address's language is not known to the one prerendered 404: each other language's words follow.
      expect(await page.locator('section[lang="de"] a[href="/de/guides"]').textContent(), path).toBe("Alle Anleitungen ansehen");
    }
    await context.close();
  });

  it("signs in with the emailed link, shows the account, and signs out", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("signin");
    await signIn(page, email, "/guides/instagram");
    expect(new URL(page.url()).pathname).toBe("/guides/instagram");
    await page.getByRole("link", { name: new RegExp(email) }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    const session = await page.evaluate(() => fetch("/api/auth/session").then((r) => r.json()));
    expect(session?.user).toBeUndefined();
    await context.close();
  });

  it("says the same thing for a new and a known address, and rejects a malformed one", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const known = uniqueEmail("known");
    await signIn(page, known);
    await context.clearCookies();
    const texts: string[] = [];
    for (const email of [known, uniqueEmail("new")]) {
      await page.goto("/signin");
      await page.getByLabel("Email", { exact: true }).fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await page.getByRole("heading", { name: "Check your email" }).waitFor();
      texts.push(await page.locator("main").innerText());
    }
    expect(texts[0]).toBe(texts[1]);
    await page.goto("/signin");
    await page.getByLabel("Email", { exact: true }).fill("not-an-address");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const error = page.locator("#email-error");
    await error.waitFor();
    expect(await error.innerText()).toMatch(/email address/i);
    expect(await page.getByLabel("Email", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await context.close();
  });
});

describe("accessibility (axe-core)", () => {
  it.each(["/", "/guides", "/guides/instagram", "/start", "/signin"])("%s has no serious or critical violations", async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(path);
    await page.waitForLoadState("load");
    expect((await seriousViolations(page)).join("\n")).toBe("");
    for (const scheme of ["dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await seriousViolations(page)).join("\n"), `${path} in ${scheme} mode`).toBe("");
    }
    await context.close();
  });
});
