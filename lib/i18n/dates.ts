/**
 * Dates in the reader's language, the same on server and browser (UTC, day month year). Intl with a
 * regional tag per language: English stays "26 November 2026" (en-GB, as before translations), German
 * "26. November 2026". One formatter per language for the process: building an Intl.DateTimeFormat costs
 * ~100× formatting with one, and ~30 KB of ICU memory outside the JS heap that the GC does not see, so one
 * per call grew a busy server's RSS by hundreds of MB (issue 10, item 7; `npm run bench:soak`).
 */
import type { Locale } from "./locales";

/** The regional tag each language formats with (English as in Britain: "26 November 2026", no serial comma). */
export const REGIONAL: Record<Locale, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR", es: "es-ES", it: "it-IT" };
const formats = new Map<Locale, Intl.DateTimeFormat>();

/** "2026-11-26" (or an ISO instant) → "26 November 2026" in `locale`. */
export function formatDay(isoDate: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(REGIONAL[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })));
  return format.format(new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate));
}

const dateTimes = new Map<Locale, Intl.DateTimeFormat>();

/** When something happened, in `locale` and UTC: "1 Dec 2026, 10:04 UTC", "1. Dez. 2026, 10:04 UTC". */
export function formatDayTime(date: Date, locale: Locale): string {
  let format = dateTimes.get(locale);
  if (!format) dateTimes.set(locale, (format = new Intl.DateTimeFormat(REGIONAL[locale], { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" })));
  return `${format.format(date)} UTC`;
}
