import { GuideBrowser } from "./GuideBrowser";
import { starterCards, type GuideCard, type ResultPage } from "@/lib/content/search";
import { searchIndexFile } from "@/lib/content/search-index";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/paths";

/** The body of /guides and /guides/search: a heading and the browser seeded with one page of results. */
export function GuideList({ cards, page }: { cards: readonly GuideCard[]; page: ResultPage }) {
  const t = useTranslations("guides");
  const locale = useLocale();
  const suggestions = starterCards(cards).map(({ slug, platform }) => ({ slug, platform }));
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-zinc-600 dark:text-zinc-400">{t("intro", { count: cards.length })}</p>
      <GuideBrowser initial={page} suggestions={suggestions} indexUrl={localePath(locale, searchIndexFile(cards).url)} />
    </div>
  );
}
