import type { MetadataRoute } from "next";
import { allGuides } from "@/lib/content/guides";
import { siteUrl } from "@/lib/env";
import { sitemapEntries } from "@/lib/seo";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(allGuides(), siteUrl());
}
