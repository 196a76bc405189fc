/**
 * Lists in the reader's language ("Instagram, Facebook and X", "Instagram, Facebook et X", "EU / EEA or UK"),
 * the same on server and browser: sign-in providers, reminder intervals, the daily purges, regions set aside.
 * One formatter per language and kind for the process, with the same regional tags as lib/i18n/dates.ts
 * (English as the site writes it: "a, b and c", no serial comma).
 */
import type { Locale } from "./locales";
import { REGIONAL } from "./dates";

type ListKind = "and" | "or";

const formats = new Map<string, Intl.ListFormat>();

function listFormat(locale: Locale, kind: ListKind): Intl.ListFormat {
  const key = `${locale}:${kind}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.ListFormat(REGIONAL[locale], { style: "long", type: kind === "and" ? "conjunction" : "disjunction" })));
  return format;
}

/** ["a", "b", "c"] → "a, b and c" (kind "and") or "a, b or c" (kind "or") in `locale`. */
export function formatList(items: readonly (string | number)[], locale: Locale, kind: ListKind = "and"): string {
  return listFormat(locale, kind).format(items.map(String));
}

/** "a, b and c" in `locale`. */
export const formatAndList = (items: readonly string[], locale: Locale): string => formatList(items, locale, "and");

/** "a, b or c" in `locale`. */
export const formatOrList = (items: readonly string[], locale: Locale): string => formatList(items, locale, "or");

/**
 * The same list with its items kept as they are (links, sources) and only the words between them from
 * the language: [a, b, c] → [a, ", ", b, " and ", c].
 */
export function listParts<T>(items: readonly T[], locale: Locale, kind: ListKind = "and"): (string | T)[] {
  let next = 0;
  return listFormat(locale, kind).formatToParts(items.map((_, i) => String(i))).map((part) => (part.type === "element" ? items[next++]! : part.value));
}
