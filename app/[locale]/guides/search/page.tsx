import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localizedGuides } from "@/lib/content/translations";
import { guideCards, readQuery, resultPage } from "@/lib/content/search";
import { GuideList } from "@/components/guide/GuideList";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { LIST_PATH } from "@/lib/paths";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "guides" });
  const { query } = readQuery(await searchParams);
  const title = query.q ? t("searchTitleQuery", { query: query.q }) : t("searchTitle");
  // Result pages are endless variations of /guides: keep them out of search engines.
  return pageMetadata(locale, LIST_PATH, title, t("searchDescription"), { index: false });
}

/**
 * The search without JavaScript: the form on /guides sends its GET here. Server-rendered, one page
 * of results (`?page=`) from the in-memory search, so its cost does not grow with the catalogue.
 */
export default async function GuideSearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { query, page } = readQuery(await searchParams);
  const cards = guideCards(localizedGuides(locale));
  return <GuideList cards={cards} page={resultPage(cards, query, page)} />;
}
