import { GuideBrowser } from "./GuideBrowser";
import { starterCards, type GuideCard, type ResultPage } from "@/lib/content/search";
import { searchIndexFile } from "@/lib/content/search-index";

/** The body of /guides and /guides/search: a heading and the browser seeded with one page of results. */
export function GuideList({ cards, page }: { cards: readonly GuideCard[]; page: ResultPage }) {
  const suggestions = starterCards(cards).map(({ slug, platform }) => ({ slug, platform }));
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">All guides</h1>
      <p className="mt-2 max-w-2xl text-zinc-600 dark:text-zinc-400">
        {cards.length} platforms. Each guide says what the switch does, where it applies and what it cannot do.
      </p>
      <GuideBrowser initial={page} suggestions={suggestions} indexUrl={searchIndexFile(cards).url} />
    </div>
  );
}
