/**
 * Every internal address of the site, built in one place (client and server): pages, links, redirects,
 * mails and tests read them from here. Hand-writing `/guides/…` or `/signin?…` anywhere else is an
 * ESLint error (eslint.config.mjs, "untrain/paths"). Dependency-free: it ships in client bundles.
 */
import type { GuideQuery } from "@/lib/content/search";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * A page's address in one language: English keeps the unprefixed address every shared link already
 * uses (/guides/instagram); the others get their prefix (/de/guides/instagram). `path` is the English
 * address (the constants and builders below), query and hash included.
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : path.startsWith("/?") || path.startsWith("/#") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** The home page in a language. */
export const homePath = (locale: Locale = DEFAULT_LOCALE) => localePath(locale, "/");

/** A browser path split into its language and the English address ("/de/guides" → de, "/guides"); for the language switch. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const first = pathname.split("/")[1] ?? "";
  const locale = LOCALES.find((l) => l === first);
  // "/en/…" is what a prerendered English page sees of itself (the rewrite in lib/i18n/routing.ts).
  if (!locale) return { locale: DEFAULT_LOCALE, path: pathname || "/" };
  return { locale, path: pathname.slice(first.length + 1) || "/" };
}

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
export const START_PATH = "/start";
export const PRIVACY_PATH = "/privacy";
export const REPORT_PATH = "/report";
export const EDITOR_STALE_PATH = "/editor/stale";
export const ACCOUNT_DELETED_PATH = "/account/deleted";
export const CHECK_EMAIL_PATH = "/signin/check-email";
export const SIGN_IN_CONFIRM_PATH = "/signin/confirm";
export const UNSUBSCRIBE_DONE_PATH = "/unsubscribe/done";

/** The Atom feed of guide updates, one per language (/feed.xml, /de/feed.xml). */
export const feedPath = (locale: Locale = DEFAULT_LOCALE) => localePath(locale, "/feed.xml");

/** A guide's page, or one step on it (`#step`). */
export const guidePath = (slug: string, stepId?: string, locale: Locale = DEFAULT_LOCALE) => localePath(locale, `${LIST_PATH}/${slug}${stepId ? `#${stepId}` : ""}`);
/** A step's own page (the guided walkthrough). */
export const stepPath = (slug: string, stepId: string, locale: Locale = DEFAULT_LOCALE) => localePath(locale, `${LIST_PATH}/${slug}/steps/${stepId}`);
/** The end of a guide's walkthrough: what was done and skipped, and the next guide in the plan. */
export const guideDonePath = (slug: string, locale: Locale = DEFAULT_LOCALE) => localePath(locale, `${LIST_PATH}/${slug}/done`);

/** The sign-in page, with the same-site path to come back to after signing in (`/` is kept readable: it is legal in a query). */
export const signInPath = (returnTo?: string, locale: Locale = DEFAULT_LOCALE) =>
  localePath(locale, returnTo ? `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(returnTo).replaceAll("%2F", "/")}` : SIGN_IN_PATH);

/** The sign-in page showing one of Auth.js's error codes (e.g. "Verification" for a spent or expired link). */
export const signInErrorPath = (error: string, locale: Locale = DEFAULT_LOCALE) => localePath(locale, `${SIGN_IN_PATH}?${new URLSearchParams({ error })}`);

/** The editor desk, optionally filtered to one guide. */
export const editorPath = (guide?: string, locale: Locale = DEFAULT_LOCALE) => localePath(locale, guide ? `${EDITOR_PATH}?${new URLSearchParams({ guide })}` : EDITOR_PATH);

/**
 * The unsubscribe link of a reminder mail: the confirmation page people open (mail scanners follow
 * links, so the page asks), or the one-click POST endpoint mail clients use (RFC 8058).
 */
export const unsubscribePath = (token: string, kind: "page" | "one-click" = "page", locale: Locale = DEFAULT_LOCALE) =>
  kind === "page" ? localePath(locale, `/unsubscribe?token=${encodeURIComponent(token)}`) : `/api/unsubscribe?token=${encodeURIComponent(token)}`;

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
export function searchPath(query: GuideQuery, page = 1, locale: Locale = DEFAULT_LOCALE): string {
  const search = queryString(query, page);
  return localePath(locale, search ? `${SEARCH_PATH}?${search}` : LIST_PATH);
}
