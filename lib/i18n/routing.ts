/**
 * How a language shows in the address, for next.config.ts. English keeps the unprefixed addresses every
 * shared link already uses; all pages live under app/[locale]/, so an unprefixed path is rewritten to the
 * `en` segment and /en/… is redirected to the unprefixed address (one address per page).
 *
 * This is config, not a proxy: a rewrite costs nothing per request and the prerendered pages stay
 * static files. proxy.ts is deliberately limited by its matcher (writes, odd paths) and never sees a
 * page view, and a shared link is never redirected by the browser's language.
 */
import { DEFAULT_LOCALE, LOCALES } from "./locales";

/** Paths that stay outside app/[locale]/: API routes, Next's own files, and the site-wide metadata files. */
const UNLOCALIZED = ["api", "_next", "__nextjs[^/]*", "sitemap\\.xml", "robots\\.txt", "icon\\.svg", "favicon\\.ico"];

const prefixed = [...LOCALES, ...UNLOCALIZED].join("|");

export const localeRewrites = [
  { source: "/", destination: `/${DEFAULT_LOCALE}` },
  { source: `/:path((?!(?:${prefixed})(?:/|$)).+)`, destination: `/${DEFAULT_LOCALE}/:path` },
];

export const localeRedirects = [
  { source: `/${DEFAULT_LOCALE}`, destination: "/", permanent: true },
  { source: `/${DEFAULT_LOCALE}/:path*`, destination: "/:path*", permanent: true },
];
