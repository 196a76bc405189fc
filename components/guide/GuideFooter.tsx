import { useLocale, useTranslations } from "next-intl";
import { SourcesList } from "./SourcesList";
import { ChipLink } from "@/components/ui/ChipLink";
import type { Guide } from "@/lib/content/parse";
import { findGuide } from "@/lib/content/guides";
import { formatDay } from "@/lib/i18n/dates";
import { guideSourcingStats } from "@/lib/content/sourcing";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { guidePath } from "@/lib/paths";

/** Change log, last review date, sources and related guides: the page's evidence, at the end. */
export function GuideFooter({ guide }: { guide: Guide }) {
  const locale = useLocale();
  const t = useTranslations("guideFooter");
  const fm = guide.frontmatter;
  const stats = guideSourcingStats(guide);
  const related = fm.related.map((slug) => findGuide(slug)).filter((g) => g !== undefined);
  return (
    <footer className="mt-10 space-y-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-xl font-semibold">
          {t("sources")}
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {t.rich("reviewedOn", { time: (chunks) => <time dateTime={fm.lastReviewed}>{chunks}</time>, date: formatDay(fm.lastReviewed, locale) })}{" "}
          {stats.steps > 1 && stats.confirmed === stats.steps ? t("sourcingAll", { steps: stats.steps }) : t("sourcing", { confirmed: stats.confirmed, steps: stats.steps })}
        </p>
        <SourcesList sources={fm.sources} />
      </section>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="text-xl font-semibold">
          {t("changes")}
        </h2>
        {/* The change log is the English guide's: its summaries are not translated. */}
        {locale === DEFAULT_LOCALE ? null : <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("changesEnglish")}</p>}
        <ul lang={locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE} className="mt-3 space-y-1 text-sm">
          {fm.changes.map((c) => (
            <li key={`${c.date}-${c.summary}`}>
              <time dateTime={c.date} className="font-medium">
                {formatDay(c.date, locale)}
              </time>
              : {c.summary}
            </li>
          ))}
        </ul>
      </section>
      {related.length ? (
        <section aria-labelledby="related-heading" className="no-print">
          <h2 id="related-heading" className="text-xl font-semibold">
            {t("related")}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {related.map((g) => (
              <li key={g.slug}>
                <ChipLink href={guidePath(g.slug, undefined, locale)}>{g.frontmatter.platform}</ChipLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </footer>
  );
}
