/**
 * Lists in the reader's language ("Instagram, Facebook and X", "Instagram, Facebook et X",
 * "EU / EEA or UK"), the same on server and browser. One formatter per language and kind, as
 * lib/i18n/dates.ts does for dates.
 */
import type { Locale } from "./locales";
import { REGIONAL } from "./dates";

const formats = new Map<string, Intl.ListFormat>();

function listFormat(locale: Locale, type: "conjunction" | "disjunction"): Intl.ListFormat {
  const key = `${locale}:${type}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.ListFormat(REGIONAL[locale], { style: "long", type })));
  return format;
}

/** "a, b and c" in `locale`. */
export const formatAndList = (items: readonly string[], locale: Locale): string => listFormat(locale, "conjunction").format(items);

/** "a, b or c" in `locale`. */
export const formatOrList = (items: readonly string[], locale: Locale): string => listFormat(locale, "disjunction").format(items);
