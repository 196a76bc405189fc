/**
 * next-intl's request configuration (named in next.config.ts): the messages and formats of the page's
 * language. The locale comes from the [locale] segment (setRequestLocale in every layout and page, so
 * pages stay static); anything else falls back to English.
 */
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { loadMessages } from "./messages";
import { FORMATS, TIME_ZONE } from "./formats";

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), formats: FORMATS, timeZone: TIME_ZONE };
});
