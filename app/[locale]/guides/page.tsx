import type { Metadata } from "next";
import { allGuides } from "@/lib/content/guides";
import { EMPTY_QUERY, guideCards, resultPage } from "@/lib/content/search";
import { GuideList } from "@/components/guide/GuideList";
import { pageMetadata } from "@/lib/content/seo";

export const metadata: Metadata = pageMetadata("/guides", "All guides", "Every Untrain guide: find the switch that keeps your data out of AI training, platform by platform.");

/**
 * Prerendered: the first page of guides. Searching and filtering happen in the browser on the static
 * index (app/guides/index.json), or without JavaScript on /guides/search, so this page never reads
 * the query string and costs the server nothing per request.
 */
export const dynamic = "force-static";

export default function GuidesPage() {
  const cards = guideCards(allGuides());
  return <GuideList cards={cards} page={resultPage(cards, EMPTY_QUERY)} />;
}
