import type { MetadataRoute } from "next";
import { allGuides } from "@/lib/content/guides";
import { siteUrl } from "@/lib/env";
import { sitemapAlternates, sitemapEntries } from "@/lib/content/seo";
import { PRIVACY_LAST_UPDATED } from "@/lib/privacy-facts";
import { PLAN_PATH, PRIVACY_PATH, RIGHTS_PATH, localePath, splitLocale, stepPath } from "@/lib/paths";
import { LOCALES } from "@/lib/i18n/locales";

/** Every public page in every language, each with its hreflang alternates (English unprefixed and x-default). */
export default function sitemap(): MetadataRoute.Sitemap {
  const site = siteUrl();
  const english: MetadataRoute.Sitemap = [
    ...sitemapEntries(allGuides(), site),
    { url: `${site}${PLAN_PATH}`, changeFrequency: "monthly", priority: 0.6 },
    // Each step has its own page: the link people share for a single step.
    ...allGuides().flatMap((g) =>
      g.steps.map((s) => ({ url: `${site}${stepPath(g.slug, s.id)}`, lastModified: g.frontmatter.lastReviewed, changeFrequency: "monthly" as const, priority: 0.4 })),
    ),
    { url: `${site}${RIGHTS_PATH}`, changeFrequency: "monthly", priority: 0.5 },
    { url: `${site}${PRIVACY_PATH}`, lastModified: PRIVACY_LAST_UPDATED, changeFrequency: "yearly", priority: 0.3 },
  ];
  return LOCALES.flatMap((locale) =>
    english.map((entry) => {
      const path = splitLocale(new URL(entry.url).pathname).path;
      return { ...entry, url: `${site}${localePath(locale, path)}`, alternates: sitemapAlternates(site, path) };
    }),
  );
}
