import { useLocale } from "next-intl";
import { SourcesList } from "./SourcesList";
import { ChipLink } from "@/components/ui/ChipLink";
import type { Guide } from "@/lib/content/parse";
import { findGuide } from "@/lib/content/guides";
import { formatDate } from "@/lib/format";
import { guideSourcingLine, guideSourcingStats } from "@/lib/content/sourcing";
import { guidePath } from "@/lib/paths";

/** Change log, last review date, sources and related guides: the page's evidence, at the end. */
export function GuideFooter({ guide }: { guide: Guide }) {
  const locale = useLocale();
  const fm = guide.frontmatter;
  const related = fm.related.map((slug) => findGuide(slug)).filter((g) => g !== undefined);
  return (
    <footer className="mt-10 space-y-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Sources
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Last reviewed against these pages on <time dateTime={fm.lastReviewed}>{formatDate(fm.lastReviewed)}</time>.{" "}
          {guideSourcingLine(guideSourcingStats(guide))}; each step names what backs it.
        </p>
        <SourcesList sources={fm.sources} />
      </section>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="text-xl font-semibold">
          Changes to this guide
        </h2>
        <ul className="mt-3 space-y-1 text-sm">
          {fm.changes.map((c) => (
            <li key={`${c.date}-${c.summary}`}>
              <time dateTime={c.date} className="font-medium">
                {formatDate(c.date)}
              </time>
              : {c.summary}
            </li>
          ))}
        </ul>
      </section>
      {related.length ? (
        <section aria-labelledby="related-heading" className="no-print">
          <h2 id="related-heading" className="text-xl font-semibold">
            Related guides
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
