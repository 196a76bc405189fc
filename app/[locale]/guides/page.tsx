import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localizedGuides } from "@/lib/content/translations";
import { EMPTY_QUERY, guideCards, resultPage } from "@/lib/content/search";
import { GuideList } from "@/components/guide/GuideList";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { LIST_PATH } from "@/lib/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "guides" });
  return pageMetadata(locale, LIST_PATH, t("title"), t("description"));
}

/**
 * Prerendered: the first page of guides. Searching and filtering happen in the browser on the static
 * index (app/[locale]/guides/index.json), or without JavaScript on /guides/search, so this page never reads
 * the query string and costs the server nothing per request.
 */
export const dynamic = "force-static";

export default async function GuidesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const cards = guideCards(localizedGuides(locale));
  return <GuideList cards={cards} page={resultPage(cards, EMPTY_QUERY)} />;
}
