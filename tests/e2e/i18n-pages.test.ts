/**
 * Issue 19 (part A): the reader pages that were English-only speak the page's language — /privacy,
 * /checklist (every section, counts with plurals), /rights, the report result and the 404 — with no
 * English sentence left in <main>, and the German checklist and Spanish /rights pass axe.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import pg from "pg";
import { stepManifest } from "@/lib/content/guides";
import { launch, newContext, seriousViolations, signInAs, uniqueEmail } from "../support/browser";

let browser: Browser;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

async function mainText(page: Page): Promise<string> {
  return page.locator("main").innerText();
}

/** Sentences of the English pages that must not survive in another language. */
function expectNone(text: string, english: readonly string[]) {
  for (const sentence of english) expect(text, sentence).not.toContain(sentence);
}

async function tick(userId: string, guide: string, stepId: string, hash: string) {
  await sql.query(`INSERT INTO "StepCompletion" (id, "userId", guide, "stepId", "stepHash", "completedAt") VALUES ($1, $2, $3, $4, $5, '2026-03-04T10:00:00Z')`, [
    `c${randomUUID().replace(/-/g, "")}`,
    userId,
    guide,
    stepId,
    hash,
  ]);
}

describe("pages in the reader's language", () => {
  it("German /de/privacy: the notice in German, with German legal citations", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto("/de/privacy");
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "Datenschutzerklärung" }).waitFor();
    for (const name of ["Wer Untrain betreibt", "Was gespeichert wird, warum und wie lange", "Wer es sehen kann", "Ihre Rechte", "Kontakt"]) {
      expect(await page.getByRole("heading", { level: 2, name }).count(), name).toBe(1);
    }
    const text = await mainText(page);
    expect(text).toContain("Art. 6 Abs. 1 lit. b DSGVO");
    expect(text).toContain("Art. 6 Abs. 1 lit. f DSGVO");
    expect(text).toMatch(/höchstens 5 Anmeldemails pro Adresse in 15 Minuten/);
    // The longest rate-limit window, worded with German plurals; the date in German.
    expect(text).toContain("höchstens 1 Stunde");
    expect(text).toMatch(/Zuletzt geändert am \d{1,2}\. \p{L}+ \d{4}\./u);
    expect(await page.getByRole("link", { name: "Ihrer Kontoseite" }).first().getAttribute("href")).toBe("/de/account");
    expectNone(text, ["Privacy notice", "What is stored, why, and for how long", "Until you delete your account.", "Who can see it", "legitimate interest", "Every day, the server deletes"]);
    await context.close();
  });

  it("German /de/checklist signed in with ticks: every section in German, counts with plurals", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("de-checklist");
    await signInAs(page, email, "/de/checklist");
    const { rows } = await sql.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    const userId = rows[0]!.id;
    await sql.query(`UPDATE "User" SET "reminderMonths" = 6 WHERE id = $1`, [userId]);
    const linkedin = stepManifest().get("linkedin")!;
    const instagram = stepManifest().get("instagram")!;
    await tick(userId, "linkedin", linkedin[0]!.id, linkedin[0]!.hash);
    await tick(userId, "linkedin", linkedin[1]!.id, "an-older-text");
    await tick(userId, "linkedin", "a-step-that-is-gone", "x");
    await tick(userId, "instagram", instagram[0]!.id, instagram[0]!.hash);
    await page.reload();

    await page.getByRole("heading", { level: 1, name: "Meine Checkliste" }).waitFor();
    // Three current ticks in two guides: "3 von N Schritten erledigt in 2 Anleitungen", and plural forms for one and many.
    const total = linkedin.length + instagram.length;
    await page.getByRole("heading", { name: `3 von ${total} Schritten erledigt in 2 Anleitungen` }).waitFor();
    await page.getByRole("heading", { name: "Geändert, seit Sie es erledigt haben" }).waitFor();
    // The step's title is the German guide's (ticks are shared across languages).
    await page.getByRole("button", { name: /^Ich habe „.+“ erneut geprüft$/ }).waitFor();
    await page.getByRole("heading", { name: "Schritte, die es in einer Anleitung nicht mehr gibt" }).waitFor();
    const text = await mainText(page);
    expect(text).toContain("4. März 2026");
    expect(text).toContain("Was Ihre erledigten Schritte bewirkt haben");
    expect(text).toContain(`1 von ${instagram.length} Schritten erledigt`);
    // Ticked in March with a six-month reminder: both guides are due for a re-check.
    expect(await page.getByText("Erneute Prüfung fällig").count()).toBe(2);
    expect(text).toContain("Anleitungen, die Sie noch nicht begonnen haben");
    expect(await page.getByLabel("Erinnern Sie mich ans erneute Prüfen").inputValue()).toBe("6");
    expect(await page.locator("#reminder-months option").allInnerTexts()).toEqual(["alle 3 Monate", "alle 6 Monate", "alle 12 Monate", "nie"]);
    expectNone(text, ["My checklist", "steps done", "What your done steps achieved", "Changed since you did it", "Steps no longer in a guide", "Re-check reminders", "Guides you have not started", "Next step:"]);
    expect(await seriousViolations(page)).toEqual([]);
    // The answer of a checklist form is in the page's language too.
    await page.getByLabel("Erinnern Sie mich ans erneute Prüfen").selectOption("12");
    await page.getByRole("button", { name: "Erinnerung speichern" }).click();
    await page.getByText("Wir erinnern Sie alle 12 Monate.").waitFor();
    expect((await sql.query(`SELECT "reminderMonths" FROM "User" WHERE id = $1`, [userId])).rows[0].reminderMonths).toBe(12);
    await context.close();
  });

  it("Spanish /es/rights: the laws, their citations and the authorities in Spanish", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto("/es/rights");
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "Tus derechos cuando una empresa te debe una respuesta" }).waitFor();
    const text = await mainText(page);
    expect(text).toContain("RGPD, art. 12.3");
    expect(text).toContain("Los plazos que contamos");
    // Country names from Intl in Spanish, dates in Spanish.
    expect(text).toContain("Alemania:");
    expect(text).toMatch(/vence el 2 de marzo de 2026/);
    expectNone(text, ["Your rights when a company owes you an answer", "The deadlines we count", "Rests on:", "An example", "Where we count no deadline", "Germany:", "Checked on"]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("French /fr/report: the report result in French, with a way back to the guide", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/fr/report?result=too-many&guide=linkedin");
    await page.getByRole("heading", { level: 1, name: "Le signalement n’a pas été envoyé" }).waitFor();
    const text = await mainText(page);
    expect(text).toContain("Vous pouvez envoyer jusqu’à 5 signalements en 10 minutes.");
    expect(await page.getByRole("link", { name: /^Retour à / }).getAttribute("href")).toBe("/fr/guides/linkedin");
    expectNone(text, ["The report was not sent", "You can send up to", "Back to"]);
    await context.close();
  });

  it("Italian not-found page: an unknown address under /it answers 404 with the Italian words in its HTML", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await newContext(browser, { javaScriptEnabled });
      const page = await context.newPage();
      for (const path of ["/it/questa-pagina-non-esiste", "/it/guides/nessuna-guida"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        // One prerendered 404 serves every address (app/not-found.tsx): English first, then each language.
        const italian = page.locator('section[lang="it"]');
        expect(await italian.getByRole("heading", { level: 2 }).textContent(), path).toBe("Pagina non trovata");
        expect(await italian.getByRole("link", { name: "Vedi tutte le guide" }).getAttribute("href"), path).toBe("/it/guides");
        expect(await page.getByRole("heading", { level: 1 }).textContent(), path).toBe("Page not found");
      }
      await context.close();
    }
  });
});
