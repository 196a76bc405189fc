/**
 * "A, B and C" / "A, B oder C" in the reader's language (Intl.ListFormat), for lists built at run time:
 * sign-in providers, reminder intervals, the daily purges. One formatter per language and kind for the
 * process, like lib/i18n/dates.ts.
 */
import type { Locale } from "./locales";

type ListKind = "and" | "or";

/** English as the site writes it (en-GB: "a, b and c", no serial comma); the others by their own rules. */
const REGIONAL: Record<Locale, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR", es: "es-ES", it: "it-IT" };
const formats = new Map<string, Intl.ListFormat>();

function listFormat(locale: Locale, kind: ListKind): Intl.ListFormat {
  const id = `${locale}:${kind}`;
  let format = formats.get(id);
  if (!format) formats.set(id, (format = new Intl.ListFormat(REGIONAL[locale], { style: "long", type: kind === "and" ? "conjunction" : "disjunction" })));
  return format;
}

/** ["a", "b", "c"] → "a, b and c" (kind "and") or "a, b or c" (kind "or") in `locale`. */
export function formatList(items: readonly (string | number)[], locale: Locale, kind: ListKind = "and"): string {
  return listFormat(locale, kind).format(items.map(String));
}

/**
 * The same list with its items kept as they are (links, sources) and only the words between them from
 * the language: [a, b, c] → [a, ", ", b, " and ", c].
 */
export function listParts<T>(items: readonly T[], locale: Locale, kind: ListKind = "and"): (string | T)[] {
  let next = 0;
  return listFormat(locale, kind).formatToParts(items.map((_, i) => String(i))).map((part) => (part.type === "element" ? items[next++]! : part.value));
}
