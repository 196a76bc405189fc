import type { MetadataRoute } from "next";
import { allGuides } from "@/lib/content/guides";
import { siteUrl } from "@/lib/env";
import { sitemapEntries } from "@/lib/content/seo";
import { PRIVACY_LAST_UPDATED } from "@/lib/privacy-facts";
import { RIGHTS_PATH, stepPath } from "@/lib/paths";

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    ...sitemapEntries(allGuides(), siteUrl()),
    { url: `${siteUrl()}/plan`, changeFrequency: "monthly", priority: 0.6 },
    // Each step has its own page: the link people share for a single step.
    ...allGuides().flatMap((g) =>
      g.steps.map((s) => ({ url: `${siteUrl()}${stepPath(g.slug, s.id)}`, lastModified: g.frontmatter.lastReviewed, changeFrequency: "monthly" as const, priority: 0.4 })),
    ),
    { url: `${siteUrl()}${RIGHTS_PATH}`, changeFrequency: "monthly", priority: 0.5 },
    { url: `${siteUrl()}/privacy`, lastModified: PRIVACY_LAST_UPDATED, changeFrequency: "yearly", priority: 0.3 },
  ];
}
