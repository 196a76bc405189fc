import Link from "next/link";
import type { Guide } from "@/lib/content/parse";
import { findGuide } from "@/lib/content/guides";
import { formatDate } from "@/lib/format";

/** Change log, last review date, sources and related guides: the page's evidence, at the end. */
export function GuideFooter({ guide }: { guide: Guide }) {
  const fm = guide.frontmatter;
  const related = fm.related.map((slug) => findGuide(slug)).filter((g) => g !== undefined);
  return (
    <footer className="mt-10 space-y-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Sources
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Last reviewed against these pages on <time dateTime={fm.lastReviewed}>{formatDate(fm.lastReviewed)}</time>.
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
          {fm.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer external" className="underline">
                {s.title}
              </a>{" "}
              <span className="break-all text-zinc-600 dark:text-zinc-400">({new URL(s.url).host})</span>
            </li>
          ))}
        </ul>
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
                <Link href={`/guides/${g.slug}`} className="inline-block rounded-lg border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
                  {g.frontmatter.platform}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </footer>
  );
}
