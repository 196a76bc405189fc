import { useLocale, useTranslations } from "next-intl";
import type { TranslationInfo } from "@/lib/content/translations";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/dates";

/**
 * The note at the top of a guide in another language: not translated yet (the English text follows), or
 * translated from an English text that has changed since (with a link to the English guide).
 */
export function TranslationNote({ translation, contentLocale, englishPath }: { translation: TranslationInfo | null; contentLocale: Locale; englishPath: string }) {
  const locale = useLocale();
  const t = useTranslations("guide");
  if (contentLocale !== locale) {
    return <p className="mb-4 rounded-lg bg-zinc-100 p-3 text-sm dark:bg-zinc-900">{t("englishOnly")}</p>;
  }
  if (!translation?.stale) return null;
  return (
    <p role="note" className="mb-4 rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      {t("stale", { date: formatDay(translation.englishChangedOn, locale) })}{" "}
      <a href={englishPath} hrefLang="en" className="font-medium underline">
        {t("staleLink")}
      </a>
    </p>
  );
}
