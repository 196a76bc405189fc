/**
 * The reader's language choice in the browser: a cookie on this device (NEXT_LOCALE, next-intl's name;
 * read by the home page's suggestion and the sign-in form) and, signed in, the account (its mails use
 * it). Browser-only, dependency-light: it ships with the header.
 */
import { pageSession } from "@/lib/auth/page-session";
import { isLocale, type Locale } from "./locales";

export const LOCALE_COOKIE = "NEXT_LOCALE";

export function rememberLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
  // keepalive: the link navigates away at once, and the request must still reach the account.
  void pageSession().then((session) => {
    if (session.status !== "signed-in") return;
    void fetch("/api/account/locale", { method: "PUT", keepalive: true, headers: { "content-type": "application/json" }, body: JSON.stringify({ locale }) }).catch(() => undefined);
  });
}

/** The language this device chose before, if any. */
export function chosenLocale(): Locale | undefined {
  const value = document.cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`))?.slice(LOCALE_COOKIE.length + 1);
  return isLocale(value) ? value : undefined;
}
