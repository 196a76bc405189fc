"use server";
import { z } from "zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth-js";
import { safeRedirectPath } from "@/lib/http/redirect";
import { mayMailSignInLink, normalizeEmail } from "@/lib/auth/sign-in-limit";
import { DATABASE_DOWN, NOT_A_FORM, type ActionState } from "@/lib/http/action";
import { isDatabaseUnavailable } from "@/lib/db/errors";

const requestSchema = z.object({
  email: z.email({ error: "Enter an email address such as name@example.org." }).max(254).transform(normalizeEmail),
  callbackUrl: z.string().max(2000).optional(),
});

export type SignInState = ActionState;

/**
 * Sends a sign-in link. The answer is the same whether or not the address has an account, and
 * whether or not the rate limit withheld the mail: both end on /signin/check-email.
 */
export async function requestSignInLink(_prev: SignInState, formData: FormData): Promise<SignInState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = requestSchema.safeParse({ email: String(formData.get("email") ?? "").trim(), callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter a valid email address." };
  let allowed: boolean;
  try {
    allowed = await mayMailSignInLink(parsed.data.email, await headers());
  } catch (error) {
    if (isDatabaseUnavailable(error)) return DATABASE_DOWN;
    throw error;
  }
  if (!allowed) redirect("/signin/check-email");
  // Redirects to /signin/check-email on success (a thrown redirect that must not be caught).
  await signIn("nodemailer", { email: parsed.data.email, redirectTo: safeRedirectPath(parsed.data.callbackUrl) });
  return {};
}

export async function signInWithProvider(formData: FormData) {
  const provider = z.enum(["github", "google"]).safeParse(formData instanceof FormData ? formData.get("provider") : null);
  if (!provider.success) redirect("/signin");
  await signIn(provider.data, { redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
}
