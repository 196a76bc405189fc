import { ImageResponse } from "next/og";
import { allGuides } from "@/lib/content/guides";
import { localizedGuide } from "@/lib/content/translations";
import { guideSourcingStats } from "@/lib/content/sourcing";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export const alt = "Untrain";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export function generateStaticParams() {
  return allGuides().map((g) => ({ slug: g.slug }));
}

/** Link preview image in the page's language: platform, guide title, how many steps are confirmed on the platform's pages (from the data). Uses the font bundled with next/og (no download). */
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: requested, slug } = await params;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = translator(locale, "site");
  const guide = localizedGuide(slug, locale);
  const platform = guide?.frontmatter.platform ?? "Untrain";
  const title = guide?.frontmatter.title ?? t("ogHeadline");
  const stats = guide ? guideSourcingStats(guide) : null;
  const sourcing = stats
    ? stats.steps > 1 && stats.confirmed === stats.steps
      ? t("ogAllConfirmed", { steps: stats.steps })
      : t("ogConfirmed", { steps: stats.steps, confirmed: stats.confirmed })
    : "";
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#f0faf6", color: "#0b2b22" }}>
        <div style={{ display: "flex", fontSize: 36, fontWeight: 700, color: "#0f6b52" }}>Untrain</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 44, color: "#0f6b52" }}>{platform}</div>
          <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1, marginTop: 12 }}>{title}</div>
        </div>
        <div style={{ display: "flex", fontSize: 32 }}>{sourcing}</div>
      </div>
    ),
    size,
  );
}
