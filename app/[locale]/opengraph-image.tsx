import { ImageResponse } from "next/og";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export const alt = "Untrain";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** One image per language, made at build like the pages. */
export { localeParams as generateStaticParams } from "@/lib/i18n/page";

/** The site's link preview in the page's language, for pages without their own image. Font: the one bundled with next/og. */
export default async function SiteOpenGraphImage({ params }: { params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  const t = translator(isLocale(requested) ? requested : DEFAULT_LOCALE, "site");
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "center", padding: 80, background: "#f0faf6", color: "#0b2b22" }}>
        <div style={{ fontSize: 40, fontWeight: 700, color: "#0f6b52" }}>Untrain</div>
        <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1, marginTop: 24 }}>{t("ogHeadline")}</div>
        <div style={{ fontSize: 34, marginTop: 24 }}>{t("ogTagline")}</div>
      </div>
    ),
    size,
  );
}
