/**
 * The language of an API answer (errors): the page's language the browser sends in `X-Page-Locale`,
 * else the NEXT_LOCALE cookie the language switch sets, else English. Only a known language code is
 * ever taken from a header; nothing else is built from it.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export const PAGE_LOCALE_HEADER = "X-Page-Locale";

export function answerLocale(header: string | null | undefined, cookie: string | null | undefined): Locale {
  if (isLocale(header)) return header;
  if (isLocale(cookie)) return cookie;
  return DEFAULT_LOCALE;
}

/** For the browser's fetches to our API: the page's language (<html lang>), so an error comes back in it. */
export function pageLocaleHeader(): Record<string, string> {
  const lang = typeof document === "undefined" ? null : document.documentElement.lang;
  return isLocale(lang) ? { [PAGE_LOCALE_HEADER]: lang } : {};
}
