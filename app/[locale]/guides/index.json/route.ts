import { guideCards } from "@/lib/content/search";
import { searchIndexFile } from "@/lib/content/search-index";
import { localizedGuides } from "@/lib/content/translations";
import { isLocale, LOCALES } from "@/lib/i18n/locales";

/**
 * The compact search index of one language (lib/content/search-index.ts), written once at build: a static
 * file to the server (/guides/index.json, /de/guides/index.json, …). Pages fetch it as
 * `?v=<content version>`, so browsers may keep it for good.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return new Response(searchIndexFile(guideCards(localizedGuides(locale))).json, {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
