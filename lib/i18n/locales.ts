/**
 * The languages Untrain speaks. English is the source language: its pages keep the addresses they had
 * before translations existed (/guides/instagram), so every link already shared keeps working; the others
 * live under a prefix (/de/guides/instagram).
 */
export const LOCALES = ["en", "de", "fr", "es", "it"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE = "en" satisfies Locale;

/** The languages that are translations of the English guides (each has content/translations/<locale>/). */
export const TRANSLATED_LOCALES = LOCALES.filter((locale): locale is Exclude<Locale, "en"> => locale !== DEFAULT_LOCALE);
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** Each language's name in itself, for the language switch (a reader must recognise their own). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  it: "Italiano",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A known language code, else English. */
export function knownLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Open Graph's locale tag per language (link previews). */
export const OG_LOCALES: Record<Locale, string> = { en: "en_GB", de: "de_DE", fr: "fr_FR", es: "es_ES", it: "it_IT" };
