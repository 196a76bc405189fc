"use client";
/**
 * The header's language switch: plain links to this page in each language (they work without
 * JavaScript). With JavaScript, a click also remembers the choice on the device and, signed in, on the
 * account (lib/i18n/choice.ts). Never automatic: the reader picks.
 */
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";
import { rememberLocale } from "@/lib/i18n/choice";
import { localePath, splitLocale } from "@/lib/paths";

export function LanguageSwitch() {
  const t = useTranslations("client.languageSwitch");
  const current = useLocale();
  const { path } = splitLocale(usePathname());
  return (
    <nav aria-label={t("label")} className="text-sm">
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={localePath(locale, path)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "page" : undefined}
              onClick={() => rememberLocale(locale)}
              className={locale === current ? "font-semibold underline" : "hover:underline"}
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
