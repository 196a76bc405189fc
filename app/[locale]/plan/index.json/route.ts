import { planIndexFile } from "@/lib/plan/index-file";
import { localizedPlanGuides } from "@/lib/content/translations";
import { isLocale, LOCALES } from "@/lib/i18n/locales";

/**
 * The plan index of one language (lib/plan/index-file.ts), written once at build: a static file to the
 * server. Step pages fetch it as `?v=<content version>` only when their guide is in the reader's plan.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return new Response(planIndexFile(localizedPlanGuides(locale)).json, {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
