/**
 * next-intl's request configuration (named in next.config.ts): the messages and formats of the page's
 * language. The locale comes from the [locale] segment (setRequestLocale in every layout and page, so
 * pages stay static); anything else falls back to English.
 */
import { getRequestConfig } from "next-intl/server";
import { knownLocale } from "./locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = knownLocale(requested);
  // UTC, as every date on the site is a calendar day (lib/i18n/dates.ts).
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
