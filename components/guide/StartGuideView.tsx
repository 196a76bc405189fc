import { SourcesList } from "./SourcesList";
import { startGuide } from "@/lib/content/start";
import { Mdx } from "./Mdx";
import { formatDate } from "@/lib/format";

export function StartGuideView({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const { frontmatter: fm, body } = startGuide();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <article aria-labelledby="start-title">
      <Heading id="start-title" className="text-3xl font-bold tracking-tight">
        {fm.title}
      </Heading>
      <p className="mt-2 text-lg text-zinc-700 dark:text-zinc-300">{fm.summary}</p>
      <div className="prose prose-zinc mt-6 max-w-none dark:prose-invert">
        <Mdx source={body} />
      </div>
      <section aria-labelledby="start-sources" className="mt-8 border-t border-zinc-200 pt-4 text-sm dark:border-zinc-800">
        <h2 id="start-sources" className="font-semibold">
          Sources
        </h2>
        <p className="text-zinc-600 dark:text-zinc-400">
          Checked on <time dateTime={fm.lastReviewed}>{formatDate(fm.lastReviewed)}</time>.
        </p>
        <SourcesList sources={fm.sources} />
      </section>
    </article>
  );
}
