import { useLocale, useTranslations } from "next-intl";
import { SourcesList } from "./SourcesList";
import { localizedStart } from "@/lib/content/translations";
import { Mdx } from "./Mdx";
import { formatDay } from "@/lib/i18n/dates";
import { TranslationNote } from "./TranslationNote";

export function StartGuideView({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const locale = useLocale();
  const t = useTranslations("guide");
  const start = localizedStart(locale);
  const { frontmatter: fm, body } = start;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  // Not translated yet: the English text, marked as English for screen readers and translators.
  const lang = start.contentLocale === locale ? undefined : start.contentLocale;
  return (
    <article aria-labelledby="start-title">
      <TranslationNote translation={start.translation} contentLocale={start.contentLocale} englishPath="/start" />
      <div lang={lang}>
        <Heading id="start-title" className="text-3xl font-bold tracking-tight">
          {fm.title}
        </Heading>
        <p className="mt-2 text-lg text-zinc-700 dark:text-zinc-300">{fm.summary}</p>
        <div className="prose prose-zinc mt-6 max-w-none dark:prose-invert">
          <Mdx source={body} />
        </div>
      </div>
      <section aria-labelledby="start-sources" className="mt-8 border-t border-zinc-200 pt-4 text-sm dark:border-zinc-800">
        <h2 id="start-sources" className="font-semibold">
          {t("sources")}
        </h2>
        <p className="text-zinc-600 dark:text-zinc-400">{t.rich("checkedOn", { time: (chunks) => <time dateTime={fm.lastReviewed}>{chunks}</time>, formatted: formatDay(fm.lastReviewed, locale) })}</p>
        <SourcesList sources={fm.sources} />
      </section>
    </article>
  );
}
