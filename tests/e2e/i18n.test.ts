/**
 * Issue 19 in Chromium: the language switch, ticks shared across languages, a sign-in mail in the
 * reader's language, axe on a guide page in every language, the German guide without JavaScript, and
 * the home page's suggestion (never a redirect).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import pg from "pg";
import { localizedGuide } from "@/lib/content/translations";
import { LOCALES } from "@/lib/i18n/locales";
import { guidePath } from "@/lib/paths";
import { BASE_URL, launch, newContext, seriousViolations, signInAs, uniqueEmail, waitForMail } from "../support/browser";

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const german = localizedGuide("instagram", "de")!;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

async function localeOf(email: string): Promise<string | null> {
  const { rows } = await sql.query<{ locale: string | null }>(`SELECT locale FROM "User" WHERE email = $1`, [email]);
  return rows[0]?.locale ?? null;
}

describe("languages", () => {
  it("the header's switch opens the same page in another language, marks the current one and remembers the choice", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/guides/instagram");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const languages = page.getByRole("navigation", { name: "Language" });
    expect(await languages.getByRole("link", { name: "English" }).getAttribute("aria-current")).toBe("page");
    await languages.getByRole("link", { name: "Deutsch" }).click();
    await page.waitForURL(`${BASE_URL}/de/guides/instagram`);
    expect(await page.getAttribute("html", "lang")).toBe("de");
    await page.getByRole("heading", { level: 1, name: german.frontmatter.title }).waitFor();
    const switchDe = page.getByRole("navigation", { name: "Sprache" });
    expect(await switchDe.getByRole("link", { name: "Deutsch" }).getAttribute("aria-current")).toBe("page");
    expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("de");
    // English keeps its unprefixed address; /en/… is the same page under its one address.
    await switchDe.getByRole("link", { name: "English" }).click();
    await page.waitForURL(`${BASE_URL}/guides/instagram`);
    await page.goto("/en/guides/instagram");
    expect(new URL(page.url()).pathname).toBe("/guides/instagram");
    await context.close();
  });

  it("a step ticked on the German page is ticked on the English one, and the switch keeps the language on the account", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("de-tick");
    await signInAs(page, email, "/de/guides/instagram");
    const step = german.steps[0]!;
    const box = page.locator(`#done-${step.id}`);
    await page.getByRole("checkbox", { name: `Erledigt: ${step.title}` }).waitFor();
    await page.waitForFunction((id) => !(document.getElementById(`done-${id}`) as HTMLInputElement | null)?.disabled, step.id);
    await box.check();
    await page.locator(`#save-${step.id}`).filter({ hasText: "Gespeichert" }).waitFor();

    await page.goto("/guides/instagram");
    const englishBox = page.locator(`#done-${step.id}`);
    await page.waitForFunction((id) => (document.getElementById(`done-${id}`) as HTMLInputElement | null)?.checked === true, step.id);
    expect(await englishBox.isChecked()).toBe(true);

    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await page.waitForURL(`${BASE_URL}/fr/guides/instagram`);
    await expect.poll(() => localeOf(email)).toBe("fr");
    await context.close();
  });

  it("a French reader's sign-in mail is in French and its link opens the French confirmation page", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("fr-mail");
    const since = Date.now();
    await page.goto("/fr/signin");
    await page.getByLabel("E-mail", { exact: true }).fill(email);
    await page.getByRole("button", { name: "M’envoyer un lien de connexion" }).click();
    await page.getByRole("heading", { name: "Consultez vos e-mails" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/fr/signin/check-email");
    const mail = (await waitForMail(email, since)) as Awaited<ReturnType<typeof waitForMail>> & { text?: string };
    expect(mail.subject).toBe("Connexion à Untrain");
    expect(mail.text).toContain("Le lien ne sert qu’une fois");
    const link = new URL(mail.url);
    expect(link.origin).toBe(BASE_URL);
    expect(link.pathname).toBe("/fr/signin/confirm");
    await page.goto(mail.url);
    await page.getByRole("button", { name: `Se connecter en tant que ${email}` }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await context.close();
  });

  it("a guide page passes axe in every language", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const locale of LOCALES) {
      await page.goto(guidePath("instagram", undefined, locale));
      expect(await page.getAttribute("html", "lang")).toBe(locale);
      expect(await seriousViolations(page), locale).toEqual([]);
    }
    await context.close();
  });

  it("the German guide page works without JavaScript: German words, its steps, links that stay in German", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/de/guides/instagram");
    expect(await page.getAttribute("html", "lang")).toBe("de");
    await page.getByRole("heading", { level: 1, name: german.frontmatter.title }).waitFor();
    await page.getByRole("heading", { name: "Schritte", exact: true }).waitFor();
    expect(await page.locator("li.step").count()).toBe(german.steps.length);
    expect(await page.getByRole("navigation", { name: "Brotkrumennavigation" }).getByRole("link", { name: "Anleitungen" }).getAttribute("href")).toBe("/de/guides");
    expect(await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" }).getAttribute("href")).toBe("/guides/instagram");
    expect(await page.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute("href")).toMatch(/\/guides\/instagram$/);
    await context.close();
  });

  it("the home page suggests the browser's language with a link, and never redirects", async () => {
    const context = await newContext(browser, { locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });
    const page = await context.newPage();
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/");
    const suggestion = page.getByRole("link", { name: "Untrain auf Deutsch lesen" });
    await suggestion.waitFor();
    expect(await suggestion.getAttribute("href")).toBe("/de");
    await context.close();
  });
});
