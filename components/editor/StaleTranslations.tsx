import { useLocale } from "next-intl";
import Link from "next/link";
import type { TranslationStatus } from "@/lib/content/translations";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/format";
import { guidePath } from "@/lib/paths";

/** Translations behind their English guide, per language: the same list `npm run content:report` prints. */
export function StaleTranslations({ statuses }: { statuses: TranslationStatus[] }) {
  const locale = useLocale();
  const behind = statuses.filter((s) => s.stale.length || s.missing.length);
  return (
    <section aria-labelledby="stale-translations" className="mt-10">
      <h2 id="stale-translations" className="text-2xl font-bold">
        Translations behind the English guide
      </h2>
      {behind.length ? (
        <ul className="mt-4 space-y-4">
          {behind.map((status) => (
            <li key={status.locale} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
              <p className="font-semibold">
                {LOCALE_NAMES[status.locale]}: {status.stale.length} stale, {status.missing.length} not translated
              </p>
              {status.stale.length ? (
                <ul className="mt-2 list-disc pl-6 text-sm">
                  {status.stale.map((s) => (
                    <li key={s.slug}>
                      {s.slug === "start" ? s.title : <Link href={guidePath(s.slug, undefined, locale)}>{s.title}</Link>}: translated{" "}
                      <time dateTime={s.translatedOn}>{formatDate(s.translatedOn)}</time>, the English text changed on{" "}
                      <time dateTime={s.englishChangedOn}>{formatDate(s.englishChangedOn)}</time>
                    </li>
                  ))}
                </ul>
              ) : null}
              {status.missing.length ? <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">Not translated: {status.missing.join(", ")}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4">Every translation is up to date with its English guide.</p>
      )}
    </section>
  );
}
