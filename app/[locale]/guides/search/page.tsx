import type { Metadata } from "next";
import { allGuides } from "@/lib/content/guides";
import { guideCards, readQuery, resultPage } from "@/lib/content/search";
import { GuideList } from "@/components/guide/GuideList";
import { pageMetadata } from "@/lib/content/seo";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = readQuery(await searchParams);
  const title = query.q ? `Guides matching “${query.q}”` : "Find a guide";
  // Result pages are endless variations of /guides: keep them out of search engines.
  return pageMetadata("/guides", title, "Search every Untrain guide by platform, company or setting.", { index: false });
}

/**
 * The search without JavaScript: the form on /guides sends its GET here. Server-rendered, one page
 * of results (`?page=`) from the in-memory search, so its cost does not grow with the catalogue.
 */
export default async function GuideSearchPage({ searchParams }: Props) {
  const { query, page } = readQuery(await searchParams);
  const cards = guideCards(allGuides());
  return <GuideList cards={cards} page={resultPage(cards, query, page)} />;
}
