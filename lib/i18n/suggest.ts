/**
 * Which language to suggest on the English home page (pure, unit-tested): the one this device chose
 * before, else the browser's first preferred language we speak, unless it prefers English before it.
 */
import { DEFAULT_LOCALE, type Locale, type TranslatedLocale } from "./locales";

export function suggestedLocale(chosen: Locale | undefined, preferred: readonly string[], translated: readonly TranslatedLocale[]): TranslatedLocale | undefined {
  if (chosen) return translated.find((l) => l === chosen);
  for (const tag of preferred) {
    const language = tag.toLowerCase().split("-")[0];
    if (language === DEFAULT_LOCALE) return undefined;
    const match = translated.find((l) => l === language);
    if (match) return match;
  }
  return undefined;
}
