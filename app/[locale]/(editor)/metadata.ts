import type { Metadata } from "next";
import { currentEditorId } from "@/lib/auth/current-user";

/**
 * Metadata is resolved even when the layout or page calls notFound(), so a static title would tell
 * everyone that the desk exists: only an editor's page gets the desk's title and robots rule; everyone
 * else's 404 carries the site's plain metadata, like any other missing page.
 */
export async function editorMetadata(metadata: Metadata): Promise<Metadata> {
  const editorId = await currentEditorId().catch(() => null);
  return editorId ? { ...metadata, robots: { index: false, follow: false } } : {};
}
