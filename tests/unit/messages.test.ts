/**
 * The message catalogues (messages/<locale>.json): every language has exactly English's keys, and each
 * message takes the same ICU arguments and tags (a translation that drops {date} or <link> would print
 * a hole or fail at run time). Plural options may differ: languages count differently.
 */
import { describe, expect, it } from "vitest";
import { catalogue, flatten } from "../support/messages";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LOCALES } from "@/lib/i18n/locales";
import { suggestedLocale } from "@/lib/i18n/suggest";
import { TRANSLATED_LOCALES } from "@/lib/i18n/locales";


/** The arguments and tags a message uses, with their kind ("date", "count:plural", "<link>"). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) into.add(el.value);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(`${el.value}:${el.type === TYPE.plural ? "plural" : "select"}`);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    } else if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      argumentsOf(el.children, into);
    } else if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
  }
  return into;
}

const english = flatten(catalogue("en"));

describe("message catalogues", () => {
  it("English parses as ICU messages", () => {
    for (const [key, message] of english) expect(() => parse(message), key).not.toThrow();
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale} has exactly English's keys, with the same arguments and tags`, () => {
      const translated = flatten(catalogue(locale));
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, message] of english) {
        const own = translated.get(key)!;
        expect([...argumentsOf(parse(own))].sort(), `${locale}: ${key}`).toEqual([...argumentsOf(parse(message))].sort());
      }
    });
  }
});

describe("the home page's language suggestion", () => {
  it("suggests the browser's first language we speak, unless English comes first", () => {
    expect(suggestedLocale(undefined, ["de-DE", "en"], TRANSLATED_LOCALES)).toBe("de");
    expect(suggestedLocale(undefined, ["en-GB", "fr"], TRANSLATED_LOCALES)).toBeUndefined();
    expect(suggestedLocale(undefined, ["nl", "it-IT"], TRANSLATED_LOCALES)).toBe("it");
    expect(suggestedLocale(undefined, ["ja"], TRANSLATED_LOCALES)).toBeUndefined();
  });

  it("follows a choice made on this device first", () => {
    expect(suggestedLocale("es", ["de"], TRANSLATED_LOCALES)).toBe("es");
    expect(suggestedLocale("en", ["de"], TRANSLATED_LOCALES)).toBeUndefined();
  });
});
