/**
 * API errors in the reader's language: the language comes from X-Page-Locale, else the NEXT_LOCALE
 * cookie, else English, and only a known language code is taken; every code has its sentence in
 * every language, and the JSON keeps its shape {error, code}.
 */
import { describe, expect, it } from "vitest";
import { answerLocale } from "@/lib/i18n/request-locale";
import { apiErrorText, errorResponse } from "@/lib/http/handler";
import { UserFacingError } from "@/lib/http/errors";
import { ERROR_CODES } from "@/lib/http/error-codes";
import { LOCALES } from "@/lib/i18n/locales";

describe("the language of an API answer", () => {
  it("takes the page's header first, then the cookie, else English", () => {
    expect(answerLocale("it", "de")).toBe("it");
    expect(answerLocale(null, "de")).toBe("de");
    expect(answerLocale(undefined, undefined)).toBe("en");
  });
  it("ignores anything that is not one of our language codes", () => {
    expect(answerLocale("pt", "xx")).toBe("en");
    expect(answerLocale("it-IT", null)).toBe("en");
    expect(answerLocale("../../etc", "fr")).toBe("fr");
    expect(answerLocale("IT", null)).toBe("en");
  });
});

describe("error codes in words", () => {
  it("every code reads as a sentence in every language, different from English outside English", () => {
    for (const locale of LOCALES)
      for (const code of ERROR_CODES) {
        const text = apiErrorText(locale, code, { guide: "g", step: "s", detail: "d", status: "resolved" });
        expect(text, `${locale} ${code}`).toMatch(/\S/);
        expect(text, `${locale} ${code}`).not.toContain("apiErrors");
        if (locale !== "en" && !["json-only"].includes(code)) expect(text, `${locale} ${code}`).not.toBe(apiErrorText("en", code, { guide: "g", step: "s", detail: "d", status: "resolved" }));
      }
  });
  it("says the signed-out, unknown-guide and outage errors in Italian and German", () => {
    expect(apiErrorText("it", "signed-out")).toBe("Non hai effettuato l’accesso. Accedi e riprova.");
    expect(apiErrorText("de", "unknown-guide", { guide: "nope" })).toBe("Es gibt keine Anleitung namens „nope“.");
    expect(apiErrorText("fr", "unavailable", {}, "read")).not.toMatch(/enregistr/);
    expect(apiErrorText("es", "report-not-open", { status: "duplicate" })).toBe("Ese aviso ya está marcado como duplicado, así que no se puede cambiar.");
  });
  it("answers {error, code} with the error's status, in English outside a request", async () => {
    const res = await errorResponse(new UserFacingError(422, "There is no guide called \"x\".", "unknown-guide", { guide: "x" }));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: "There is no guide called \"x\".", code: "unknown-guide" });
    const plain = await errorResponse(new UserFacingError(422, "sentOn: the date is in the future"));
    expect(await plain.json()).toEqual({ error: "sentOn: the date is in the future", code: "invalid-input" });
  });
});
