import { planGuides } from "@/lib/content/guides";
import { planIndexFile } from "@/lib/plan/index-file";

/**
 * The plan index (lib/plan/index-file.ts), written once at build: a static file to the server. Step pages
 * fetch it as `?v=<content version>` only when their guide is in the reader's plan.
 */
export const dynamic = "force-static";

export function GET() {
  return new Response(planIndexFile(planGuides()).json, {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
