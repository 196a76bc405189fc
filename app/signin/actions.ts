"use server";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/redirect";

const requestSchema = z.object({
  email: z.email({ error: "Enter an email address such as name@example.org." }).max(254).transform((e) => e.trim().toLowerCase()),
  callbackUrl: z.string().optional(),
});

export type SignInState = { error?: string };

/** Sends a sign-in link. The answer is the same whether or not the address has an account. */
export async function requestSignInLink(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = requestSchema.safeParse({ email: String(formData.get("email") ?? "").trim(), callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter a valid email address." };
  // Redirects to /signin/check-email on success (a thrown redirect that must not be caught).
  await signIn("nodemailer", { email: parsed.data.email, redirectTo: safeRedirectPath(parsed.data.callbackUrl) });
  return {};
}

export async function signInWithProvider(formData: FormData) {
  const provider = z.enum(["github", "google"]).parse(formData.get("provider"));
  await signIn(provider, { redirectTo: safeRedirectPath(String(formData.get("callbackUrl") ?? "")) });
}
