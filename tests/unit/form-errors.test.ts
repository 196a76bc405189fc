/**
 * A form's answer when it could not be acted on is in the language of the page the form was on (its hidden
 * `locale` field), like the API's errors; without a readable form there is no language to read: English.
 */
import { describe, expect, it } from "vitest";
import { formError, formLocale, withForm } from "@/lib/http/action";
import { UserFacingError } from "@/lib/http/errors";
import { LOCALES } from "@/lib/i18n/locales";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("form errors in the page's language", () => {
  it("reads only a known language code from the form", () => {
    expect(formLocale(form({ locale: "fr" }))).toBe("fr");
    expect(formLocale(form({ locale: "pt" }))).toBe("en");
    expect(formLocale(form({ locale: "/evil" }))).toBe("en");
    expect(formLocale([{ locale: "de" }])).toBe("en");
    expect(formLocale(null)).toBe("en");
  });

  it("has each reason in every language, and not the English words outside English", () => {
    const reasons = ["notAForm", "databaseDown", "databaseBusy", "sessionEnded", "invalidEmail"] as const;
    for (const reason of reasons) {
      const english = formError("en", reason).error;
      for (const locale of LOCALES) {
        const text = formError(locale, reason).error ?? "";
        expect(text.length, `${locale} ${reason}`).toBeGreaterThan(10);
        if (locale !== "en") expect(text, `${locale} ${reason}`).not.toBe(english);
      }
    }
    expect(formError("de", "sessionEnded").error).toMatch(/Sitzung/);
  });

  it("words a domain error by its code in the form's language, and a non-form in English", async () => {
    const run = async () => {
      throw new UserFacingError(404, "You are not tracking that request.", "not-tracked");
    };
    expect(await withForm(form({ locale: "it" }), run)).toEqual({ error: "Non stai seguendo questa richiesta." });
    expect(await withForm(form({}), run)).toEqual({ error: "You are not tracking that request." });
    expect(await withForm({ form: [] }, run)).toEqual(formError("en", "notAForm"));
  });
});
