import { absoluteSiteUrl } from "@/lib/http/redirect";
import { CONFIRM_PATH } from "@/lib/auth/sign-in-confirm";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/paths";

/**
 * The link in a sign-in mail, rebuilt on SITE_URL. Auth.js derives its own URLs from the request's
 * Host / X-Forwarded-Host, which anyone can forge; a token mailed to a forged host would let that
 * host's owner sign in as the recipient. Only the token, the address and a same-site callback
 * survive, on the confirmation page (lib/auth/sign-in-confirm.ts) in the mail's language, never on Auth.js's GET callback.
 */
export function signInLink(authJsUrl: string, siteUrl: string, locale: Locale = DEFAULT_LOCALE): string {
  const given = new URL(authJsUrl);
  const link = new URL(localePath(locale, CONFIRM_PATH), siteUrl);
  for (const [name, value] of given.searchParams) {
    link.searchParams.set(name, name === "callbackUrl" ? callbackOnSite(value, siteUrl) : value);
  }
  return link.toString();
}

/** An absolute URL on SITE_URL for a callback that Auth.js or a request supplied. */
export function callbackOnSite(value: string, siteUrl: string): string {
  try {
    const url = new URL(value, siteUrl);
    return absoluteSiteUrl(siteUrl, url.origin === new URL(siteUrl).origin ? `${url.pathname}${url.search}${url.hash}` : null);
  } catch {
    return absoluteSiteUrl(siteUrl, null);
  }
}

