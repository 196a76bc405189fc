/**
 * The language of a page from its [locale] segment. Every layout and page calls it first:
 * setRequestLocale lets next-intl's server functions read the language without reading headers, which
 * would make every page dynamic (next-intl's static rendering).
 */
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, LOCALES, type Locale } from "./locales";

export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** `generateStaticParams` of the [locale] segment: one prerendered tree per language. */
export function localeParams(): { locale: Locale }[] {
  return LOCALES.map((locale) => ({ locale }));
}
