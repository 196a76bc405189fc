import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/checklist", "/signin", "/unsubscribe", "/report"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
