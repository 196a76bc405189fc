"use client";
/**
 * On the English home page, a small link to the reader's own language when their browser prefers one we
 * speak (or this device chose one before). Never a redirect, and rendered only in the browser, so the
 * page stays one static file for everyone.
 */
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { TRANSLATED_LOCALES, type TranslatedLocale } from "@/lib/i18n/locales";
import { chosenLocale } from "@/lib/i18n/choice";
import { suggestedLocale } from "@/lib/i18n/suggest";
import { homePath } from "@/lib/paths";

export function LanguageSuggestion() {
  const t = useTranslations("client.languageSuggestion");
  const [locale, setLocale] = useState<TranslatedLocale | undefined>(undefined);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- navigator and cookies exist only in the browser, after hydration
  useEffect(() => setLocale(suggestedLocale(chosenLocale(), navigator.languages, TRANSLATED_LOCALES)), []);
  if (!locale) return null;
  return (
    <p className="text-sm" lang={locale}>
      <a href={homePath(locale)} hrefLang={locale} className="font-medium underline">
        {t(locale)}
      </a>
    </p>
  );
}
