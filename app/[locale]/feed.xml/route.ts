import { allGuides } from "@/lib/content/guides";
import { siteUrl } from "@/lib/env";
import { atomFeed } from "@/lib/content/seo";

export const dynamic = "force-static";

export function GET() {
  return new Response(atomFeed(allGuides(), siteUrl()), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
