/**
 * Counts in the reader's language ("3 steps", "1,204 people", "1.204 Personen"), the same on server and browser.
 *
 * Below 1,000 the five languages write a whole number as its bare digits, so those are returned without an
 * Intl.NumberFormat. Why it matters: the first Intl number, date or list formatter a page creates costs
 * 40–55 ms of main thread in Chromium 156 here (ICU loads its locale data; `new Intl.PluralRules` alone costs
 * under 1 ms), and Lighthouse's phone multiplies that by four. A reading page that wrote "0 of 4 steps done"
 * through ICU's `#` paid it inside the tasks that keep the page from answering a tap (issue 20). Messages
 * rendered on reading pages therefore take the count twice: as a number for the plural choice and, written by
 * this function, as the text shown — `{count, plural, one {{n} step} other {{n} steps}}` — never `#` or
 * `{count, number}` (tests/unit/reading-messages.test.ts holds them to it). Larger counts go through Intl as usual,
 * one formatter per language for the process.
 */
import type { Locale } from "./locales";
import { REGIONAL } from "./dates";

const formats = new Map<Locale, Intl.NumberFormat>();

/** 3 → "3", 1204 → "1,204" (en), "1.204" (de), "1 204" (fr): as Intl.NumberFormat writes it in `locale`. */
export function formatCount(count: number, locale: Locale): string {
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(REGIONAL[locale])));
  return format.format(count);
}
