/**
 * Issue 19, the interactive parts (part B) in Chromium: the plan builder in French (its shared link
 * keeps /fr, axe on the page), request tracking in German (the due line, the follow-up letter citing
 * the DSGVO, the reader's name never sent), an API error shown in Italian, the editor desk in Spanish,
 * and sign-out from a French page landing on the French home page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import pg from "pg";
import { BASE_URL, launch, newContext, seriousViolations, signInAs, uniqueEmail, setAccountRegion, utcToday, nextSessionAnswer } from "../support/browser";
import { addDays, dueDate } from "@/lib/requests/deadlines";
import { formatDay } from "@/lib/i18n/dates";

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

const GUIDE = "instagram";
const STEP = "object-to-ai-use";

describe("the interactive parts in the reader's language", () => {
  it("builds a plan in French; the shared link keeps /fr and opens the same plan in French", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/fr/plan");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await page.getByRole("heading", { level: 1, name: "Votre plan" }).waitFor();
    // Hydrated and the session known: the builder says where the plan is kept.
    await page.getByText("Gardé sur cet appareil et dans le lien ci-dessous.").waitFor();
    await page.getByRole("heading", { name: "1. Quelles applications utilisez-vous ?" }).waitFor();
    await page.locator('input[name="guide"][value="instagram"]').check();
    await page.locator('input[name="region"][value="EU"]').check();
    await expect.poll(() => page.getByTestId("plan-total").textContent()).toMatch(/^\d+ étapes? dans 1 guide, environ \d+ minutes? en tout\.$/);
    expect(await page.getByRole("link", { name: "Commencer la première étape" }).getAttribute("href")).toMatch(/^\/fr\/guides\/instagram\/steps\//);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/fr/plan");

    const link = new URL(await page.getByTestId("plan-link").inputValue());
    expect(link.pathname).toBe("/fr/plan");
    expect(link.searchParams.get("g")).toBe("instagram");
    expect(link.searchParams.get("r")).toBe("EU");
    expect(await seriousViolations(page)).toEqual([]);

    const other = await (await newContext(browser)).newPage();
    await other.goto(`${link.pathname}${link.search}`);
    expect(await other.getAttribute("html", "lang")).toBe("fr");
    await expect.poll(() => other.locator('input[name="guide"][value="instagram"]').isChecked()).toBe(true);
    await other.getByTestId("plan-total").waitFor();
    expect(await other.getByTestId("plan-total").textContent()).toMatch(/dans 1 guide/);
    await other.context().close();
    await context.close();
  });

  it("tracks a request in German: the due line and the follow-up letter under the DSGVO, written in the browser only", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const sentBodies: string[] = [];
    page.on("request", (r) => {
      const body = r.postData();
      if (body) sentBodies.push(body);
    });
    await signInAs(page, uniqueEmail("i18n-requests"), "/de/checklist");
    await setAccountRegion(page, "EU");
    const sentOn = addDays(utcToday(), -100);
    const due = dueDate({ law: "gdpr", right: "object", sentOn, extended: false })!;

    await page.goto(`/de/guides/${GUIDE}#${STEP}`);
    const step = page.locator(`#${STEP}`);
    await step.getByRole("button", { name: "Ich habe sie gesendet" }).click();
    await step.getByLabel("Gesendet am").fill(sentOn);
    await step.getByLabel(/Aktenzeichen des Unternehmens/).fill("META-7");
    await step.getByRole("button", { name: "Speichern" }).click();
    const status = step.getByTestId("request-status");
    await status.waitFor();
    expect(await status.innerText()).toContain(`Gesendet am ${formatDay(sentOn, "de")} (Webformular), Aktenzeichen META-7.`);
    expect(await status.innerText()).toContain(`Antwort war fällig bis ${formatDay(due, "de")} nach der DSGVO`);
    expect(await status.innerText()).toMatch(/\d+ Tage überfällig\./);

    await page.goto("/de/checklist");
    const waiting = page.getByRole("region", { name: "Warten auf Antwort" });
    const item = waiting.locator(`[data-request="${GUIDE}/${STEP}"]`);
    expect(await item.innerText()).toContain("Instagram: Widerspruch gegen die Verarbeitung");
    expect(await item.innerText()).toContain("Überfällig.");
    await item.getByText("Das Erinnerungsschreiben verfassen").click();
    const letter = item.locator("details.letter").first();
    expect(await letter.getByLabel("Sprache des Briefs").inputValue()).toBe("de");
    await letter.getByLabel("Ihr Name", { exact: true }).fill("Grete Testerin-Einmalig");
    const text = await letter.getByLabel("Der Brief", { exact: true }).inputValue();
    expect(text).toMatch(/^Betreff: Erinnerung: Widerspruch gegen die Verarbeitung vom /);
    expect(text).toContain(`am ${formatDay(sentOn, "de")} habe ich Ihnen einen Widerspruch`);
    expect(text).toContain("nach Art. 21 DSGVO");
    expect(text).toContain("(Ihr Aktenzeichen: META-7)");
    expect(text).toContain("Grete Testerin-Einmalig");
    // English is always there, with the English citation.
    await letter.getByLabel("Sprache des Briefs").selectOption("en");
    await expect.poll(() => letter.getByLabel("Der Brief", { exact: true }).inputValue()).toContain("under Article 21 of the General Data Protection Regulation (GDPR)");
    expect(await seriousViolations(page)).toEqual([]);

    expect(sentBodies.filter((b) => b.includes("Grete Testerin-Einmalig"))).toEqual([]);
    await context.close();
  });

  it("shows an API error in Italian: a session that ended while the form was open", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("i18n-api-error");
    await signInAs(page, email, "/it/checklist");
    await page.goto(`/it/guides/${GUIDE}#${STEP}`);
    const step = page.locator(`#${STEP}`);
    await step.getByRole("button", { name: "L’ho inviata" }).click();
    await step.getByLabel("Inviata il").fill(utcToday());
    await sql.query(`DELETE FROM "Session" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]);
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/requests") && r.request().method() === "POST");
    await step.getByRole("button", { name: "Salva" }).click();
    const res = await answer;
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual({ error: "Non hai effettuato l’accesso. Accedi e riprova.", code: "signed-out" });
    await step.getByRole("alert").getByText("Non hai effettuato l’accesso. Accedi e riprova.").waitFor();
    await context.close();
  });

  it("shows the editor desk in Spanish to an editor", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("i18n-editor");
    await signInAs(page, email, "/es");
    await sql.query(`UPDATE "User" SET role = 'editor'::"Role" WHERE email = $1`, [email]);
    expect((await page.goto("/es/editor"))?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("es");
    await page.getByRole("heading", { level: 1, name: "Avisos" }).waitFor();
    const desk = page.getByRole("navigation", { name: "Mesa de redacción" });
    expect(await desk.getByRole("link", { name: "Pendiente de revisar" }).getAttribute("href")).toBe("/es/editor/stale");
    const filter = page.getByRole("form", { name: "Filtrar avisos" });
    expect(await filter.getAttribute("action")).toBe("/es/editor");
    await filter.getByLabel("Estado").selectOption("all");
    await filter.getByRole("button", { name: "Mostrar" }).click();
    await page.waitForURL(/\/es\/editor\?.*state=all/);
    await page.getByRole("status").filter({ hasText: /^\d+ avisos?/ }).waitFor();
    await desk.getByRole("link", { name: "Pendiente de revisar", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Pendiente de revisar" }).waitFor();
    await page.getByRole("heading", { name: "Traducciones por detrás de la guía en inglés" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("signs out from a French page onto the French home page", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, uniqueEmail("i18n-sign-out"), "/fr/guides");
    await page.goto("/fr/guides");
    // The header asks again on the page it lands on (no reload), and from then on shows the reader signed out.
    const signOut = page.getByRole("button", { name: "Se déconnecter" });
    await signOut.waitFor(); // shown once the page's own question was answered
    const askedAgain = nextSessionAnswer(page);
    await signOut.click();
    await page.waitForURL(`${BASE_URL}/fr`);
    expect((await askedAgain).user).toBeNull();
    await page.getByRole("link", { name: "Se connecter" }).waitFor();
    expect(await page.getByRole("button", { name: "Se déconnecter" }).count()).toBe(0);
    await context.close();
  });
});
