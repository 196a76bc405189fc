"use server";
import { z } from "zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth-js";
import { safeRedirectPath } from "@/lib/http/redirect";
import { mayMailSignInLink } from "@/lib/auth/sign-in-limit";
import { plainAddressSchema } from "@/lib/auth/email-address";
import { formError, formLocale, type ActionState } from "@/lib/http/action";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { withMailLocale } from "@/lib/auth/mail-locale";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { CHECK_EMAIL_PATH, SIGN_IN_PATH, localePath, signInErrorPath } from "@/lib/paths";

const requestSchema = z.object({
  // Only a plain address: what we rate-limit is then exactly what the mail goes to (lib/auth/email-address.ts).
  email: plainAddressSchema(),
  callbackUrl: z.string().max(2000).optional(),
  // The language of the page the form was on: the mail is written in it (lib/auth/mail-locale.ts).
  locale: z.enum(LOCALES).catch(DEFAULT_LOCALE),
});

export type SignInState = ActionState;

/**
 * Sends a sign-in link. The answer is the same whether or not the address has an account, and
 * whether or not the rate limit withheld the mail: both end on /signin/check-email.
 */
export async function requestSignInLink(_prev: SignInState, formData: FormData): Promise<SignInState> {
  if (!(formData instanceof FormData)) return formError(DEFAULT_LOCALE, "notAForm");
  const parsed = requestSchema.safeParse({ email: String(formData.get("email") ?? "").trim(), callbackUrl: formData.get("callbackUrl") ?? undefined, locale: formData.get("locale") });
  // The address is the only field a reader types; the others are the page's own hidden fields.
  if (!parsed.success) return formError(formLocale(formData), parsed.error.issues[0]?.path[0] === "email" ? "invalidEmail" : "notAForm");
  let allowed: boolean;
  try {
    allowed = await mayMailSignInLink(parsed.data.email, await headers());
  } catch (error) {
    if (isDatabaseUnavailable(error)) return formError(parsed.data.locale, "databaseDown");
    throw error;
  }
  const { email, callbackUrl, locale } = parsed.data;
  if (!allowed) redirect(localePath(locale, CHECK_EMAIL_PATH));
  const answer: unknown = await withMailLocale(locale, () => signIn("nodemailer", { email, redirectTo: safeRedirectPath(callbackUrl), redirect: false }));
  // Auth.js answers with the page to go to; an error code there (a mail that could not be sent) is shown on /signin.
  const error = typeof answer === "string" ? new URL(answer, "http://x").searchParams.get("error") : null;
  if (error) redirect(signInErrorPath(error, locale));
  // The same page either way (a thrown redirect that must not be caught), in the reader's language.
  redirect(localePath(locale, CHECK_EMAIL_PATH));
  return {};
}

export async function signInWithProvider(formData: FormData) {
  const provider = z.enum(["github", "google"]).safeParse(formData instanceof FormData ? formData.get("provider") : null);
  if (!provider.success) redirect(SIGN_IN_PATH);
  await signIn(provider.data, { redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
}
