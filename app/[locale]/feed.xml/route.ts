import { siteUrl } from "@/lib/env";
import { atomFeed } from "@/lib/content/seo";
import { localizedGuides } from "@/lib/content/translations";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One feed per language: /feed.xml (English, rewritten to /en/feed.xml), /de/feed.xml, … */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const t = translator(locale, "feed");
  const words = { title: t("title"), subtitle: t("subtitle"), latest: (date: string, summary: string) => t("latest", { date, summary }), reviewed: (date: string) => t("reviewed", { date }) };
  return new Response(atomFeed(localizedGuides(locale), siteUrl(), locale, words), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
