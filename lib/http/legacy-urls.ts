/**
 * Addresses that older versions of the site handed out and that must keep working without
 * JavaScript. `/guides` is now a static page that cannot read its query string, so an old
 * `/guides?q=…` link (shared, bookmarked) is sent to the server-rendered `/guides/search?q=…`.
 */
import { LIST_PATH, SEARCH_PATH } from "@/lib/paths";

/** The query parameters `/guides` took before it was static; proxy.ts's matcher lists the same. */
export const LEGACY_LIST_PARAMS = ["q", "category", "can", "effect", "page"] as const;

/** Where an old address now lives (a path with its query), or null when it is current. */
export function legacyRedirect(pathname: string, search: string): string | null {
  if (pathname !== LIST_PATH) return null;
  const params = new URLSearchParams(search);
  params.delete("_rsc"); // the router's cache key, not part of the address
  if (!LEGACY_LIST_PARAMS.some((name) => params.has(name))) return null;
  return `${SEARCH_PATH}?${params.toString()}`;
}
