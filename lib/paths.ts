/**
 * Every internal address of the site, built in one place (client and server): pages, links, redirects,
 * mails and tests read them from here. Hand-writing `/guides/…` or `/signin?…` anywhere else is an
 * ESLint error (eslint.config.mjs, "untrain/paths"). Dependency-free: it ships in client bundles.
 */
import type { GuideQuery } from "@/lib/content/search";

/** The static guide list, and where the search form sends its GET without JavaScript: a dynamic page, so `/guides` stays static. */
export const LIST_PATH = "/guides";
export const SEARCH_PATH = "/guides/search";
export const CHECKLIST_PATH = "/checklist";
export const PLAN_PATH = "/plan";
export const ACCOUNT_PATH = "/account";
export const SIGN_IN_PATH = "/signin";
export const EDITOR_PATH = "/editor";
/** What the law gives you when you send an objection or data request, and how deadlines are counted. */
export const RIGHTS_PATH = "/rights";

/** A guide's page, or one step on it (`#step`). */
export const guidePath = (slug: string, stepId?: string) => `${LIST_PATH}/${slug}${stepId ? `#${stepId}` : ""}`;
/** A step's own page (the guided walkthrough). */
export const stepPath = (slug: string, stepId: string) => `${LIST_PATH}/${slug}/steps/${stepId}`;
/** The end of a guide's walkthrough: what was done and skipped, and the next guide in the plan. */
export const guideDonePath = (slug: string) => `${LIST_PATH}/${slug}/done`;

/** The sign-in page, with the same-site path to come back to after signing in (`/` is kept readable: it is legal in a query). */
export const signInPath = (returnTo?: string) => (returnTo ? `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(returnTo).replaceAll("%2F", "/")}` : SIGN_IN_PATH);

/** The sign-in page showing one of Auth.js's error codes (e.g. "Verification" for a spent or expired link). */
export const signInErrorPath = (error: string) => `${SIGN_IN_PATH}?${new URLSearchParams({ error })}`;

/** The editor desk, optionally filtered to one guide. */
export const editorPath = (guide?: string) => (guide ? `${EDITOR_PATH}?${new URLSearchParams({ guide })}` : EDITOR_PATH);

/**
 * The unsubscribe link of a reminder mail: the confirmation page people open (mail scanners follow
 * links, so the page asks), or the one-click POST endpoint mail clients use (RFC 8058).
 */
export const unsubscribePath = (token: string, kind: "page" | "one-click" = "page") => `${kind === "page" ? "" : "/api"}/unsubscribe?token=${encodeURIComponent(token)}`;

/** `q=…&category=…&can=…&page=…`, empty values left out; the inverse of `readQuery` (lib/content/search.ts). */
export function queryString(query: GuideQuery, page = 1): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.category) params.set("category", query.category);
  if (query.can) params.set("can", query.can);
  if (page > 1) params.set("page", String(page));
  return params.toString();
}

/** The URL of a query: `/guides` for none (static), `/guides/search?…` otherwise (server-rendered). */
export function searchPath(query: GuideQuery, page = 1): string {
  const search = queryString(query, page);
  return search ? `${SEARCH_PATH}?${search}` : LIST_PATH;
}
