/**
 * The reading pages (/, /guides, a guide, a step, a guide's end) must not make the browser build an Intl number
 * or date formatter while they load: the first one costs 40–55 ms of main thread (lib/i18n/numbers.ts). So the
 * messages their client islands format carry no `#`, `{x, number}`, `{x, date}` or `{x, time}`: counts arrive
 * twice, as a number for the plural choice and as text written by formatCount.
 */
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { catalogue, flatten } from "../support/messages";
import { LOCALES } from "@/lib/i18n/locales";
import { formatCount } from "@/lib/i18n/numbers";
import { REGIONAL } from "@/lib/i18n/dates";

/** The client namespaces drawn on the reading pages as they load (layout, guide list, guide, step, end page). */
const READING = ["languageSwitch", "languageSuggestion", "accountMenu", "labels", "card", "browser", "step", "region", "progress", "stepCheckbox", "doneBy", "share", "report", "addToPlan", "walkthrough", "planPosition", "guideEnd"];

function formatted(elements: MessageFormatElement[]): string[] {
  const found: string[] = [];
  for (const el of elements) {
    if (el.type === TYPE.pound) found.push("#");
    else if (el.type === TYPE.number) found.push(`{${el.value}, number}`);
    else if (el.type === TYPE.date || el.type === TYPE.time) found.push(`{${el.value}, date/time}`);
    else if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) found.push(...formatted(option.value));
    else if (el.type === TYPE.tag) found.push(...formatted(el.children));
  }
  return found;
}

describe("messages of the reading pages", () => {
  for (const locale of LOCALES) {
    it(`${locale}: no number or date formatting inside the reading pages' client messages`, () => {
      const messages = flatten(catalogue(locale));
      const offenders: string[] = [];
      let checked = 0;
      for (const [key, message] of messages) {
        if (!READING.some((ns) => key.startsWith(`client.${ns}.`))) continue;
        checked++;
        const found = formatted(parse(message));
        if (found.length) offenders.push(`${key}: ${found.join(", ")}`);
      }
      expect(checked).toBeGreaterThan(50);
      expect(offenders).toEqual([]);
    });
  }

  it("the check finds what it is there to find", () => {
    expect(formatted(parse("{count, plural, one {# step} other {# steps}}"))).toEqual(["#", "#"]);
    expect(formatted(parse("Done by {count, number} people on {day, date}"))).toEqual(["{count, number}", "{day, date/time}"]);
    expect(formatted(parse("{count, plural, one {{n} step} other {{n} steps}}"))).toEqual([]);
  });
});

describe("formatCount", () => {
  it("writes every count below 1,000 exactly as Intl.NumberFormat does, in every language", () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(REGIONAL[locale]);
      for (let n = 0; n < 1000; n++) expect(formatCount(n, locale)).toBe(intl.format(n));
    }
  });
  it("hands larger and fractional counts to Intl, with the language's grouping", () => {
    expect(formatCount(1204, "en")).toBe("1,204");
    expect(formatCount(1204, "de")).toBe("1.204");
    expect(formatCount(12040, "es")).toBe("12.040");
    expect(formatCount(1204, "fr")).toBe(new Intl.NumberFormat("fr-FR").format(1204));
    expect(formatCount(2.5, "de")).toBe("2,5");
    expect(formatCount(-3, "it")).toBe("-3");
  });
});
