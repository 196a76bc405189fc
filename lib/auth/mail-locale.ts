import "server-only";
/**
 * The language of a sign-in mail. Auth.js calls sendVerificationRequest with only the address and the
 * link, inside the server action that asked for it; the action runs it with the page's language here,
 * so the mail is in the language the reader was reading. Without one (a link asked for outside the
 * form), the account's language, else English.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { storedLocale } from "@/lib/account/locale";
import { db } from "@/lib/db/client";

const pageLocale = new AsyncLocalStorage<Locale>();

export function withMailLocale<T>(locale: Locale, run: () => Promise<T>): Promise<T> {
  return pageLocale.run(locale, run);
}

export async function signInMailLocale(address: string): Promise<Locale> {
  const fromPage = pageLocale.getStore();
  if (fromPage) return fromPage;
  const user = await db().user.findUnique({ where: { email: address }, select: { locale: true } });
  return storedLocale(user?.locale) ?? DEFAULT_LOCALE;
}
