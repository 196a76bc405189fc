import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { TranslationStatus } from "@/lib/content/translations";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/dates";
import { formatAndList } from "@/lib/i18n/lists";
import { guidePath } from "@/lib/paths";

/** Translations behind their English guide, per language: the same list `npm run content:report` prints. */
export function StaleTranslations({ statuses }: { statuses: TranslationStatus[] }) {
  const locale = useLocale();
  const t = useTranslations("editor");
  const behind = statuses.filter((s) => s.stale.length || s.missing.length);
  return (
    <section aria-labelledby="stale-translations" className="mt-10">
      <h2 id="stale-translations" className="text-2xl font-bold">
        {t("translationsTitle")}
      </h2>
      {behind.length ? (
        <ul className="mt-4 space-y-4">
          {behind.map((status) => (
            <li key={status.locale} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
              <p className="font-semibold">
                {t("translationsCount", { language: LOCALE_NAMES[status.locale], stale: status.stale.length, missing: status.missing.length })}
              </p>
              {status.stale.length ? (
                <ul className="mt-2 list-disc pl-6 text-sm">
                  {status.stale.map((s) => (
                    <li key={s.slug}>
                      {t.rich("translatedOn", {
                        title: () => (s.slug === "start" ? s.title : <Link href={guidePath(s.slug, undefined, locale)}>{s.title}</Link>),
                        translated: () => <time dateTime={s.translatedOn}>{formatDay(s.translatedOn, locale)}</time>,
                        changed: () => <time dateTime={s.englishChangedOn}>{formatDay(s.englishChangedOn, locale)}</time>,
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
              {status.missing.length ? <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{t("notTranslated", { list: formatAndList(status.missing, locale) })}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4">{t("allTranslated")}</p>
      )}
    </section>
  );
}
