import { allGuides } from "@/lib/content/guides";
import { guideCards } from "@/lib/content/search";
import { searchIndexFile } from "@/lib/content/search-index";

/**
 * The compact search index (lib/content/search-index.ts), written once at build: a static file to
 * the server. Pages fetch it as `?v=<content version>`, so browsers may keep it for good.
 */
export const dynamic = "force-static";

export function GET() {
  return new Response(searchIndexFile(guideCards(allGuides())).json, {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
