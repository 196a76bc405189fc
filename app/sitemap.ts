import type { MetadataRoute } from "next";
import { allGuides } from "@/lib/content/guides";
import { siteUrl } from "@/lib/env";
import { sitemapEntries } from "@/lib/seo";
import { PRIVACY_LAST_UPDATED } from "@/lib/privacy-facts";

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    ...sitemapEntries(allGuides(), siteUrl()),
    { url: `${siteUrl()}/privacy`, lastModified: PRIVACY_LAST_UPDATED, changeFrequency: "yearly", priority: 0.3 },
  ];
}
