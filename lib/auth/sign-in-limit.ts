/**
 * The limit on sign-in mails, checked before Auth.js makes a token or sends anything. Over the limit
 * the person sees the same neutral "check your email" page (no hint whether the address exists, nor
 * that a limit was hit) and no mail goes out.
 */
import "server-only";
import { sqlPool } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { consumeAll } from "@/lib/http/rate-limit";

type HeaderSource = { get(name: string): string | null };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function mayMailSignInLink(email: string, headers: HeaderSource): Promise<boolean> {
  const env = serverEnv();
  const result = await consumeAll(sqlPool(), env.AUTH_SECRET, [
    ["signInPerEmail", normalizeEmail(email)],
    ["signInPerClient", clientAddress(headers, env.TRUSTED_PROXY_HOPS)],
  ]);
  if (!result.allowed) console.warn("[auth] sign-in mail withheld: rate limit reached");
  return result.allowed;
}
