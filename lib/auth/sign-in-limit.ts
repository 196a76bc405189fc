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
import { mailboxKey, plainAddress } from "@/lib/auth/email-address";

type HeaderSource = { get(name: string): string | null };

/**
 * Spends a point of both sign-in limits. `email` must be what the mail goes to: anything that is not
 * a plain address (lib/auth/email-address.ts) is refused here and never mailed. The per-address limit
 * counts the mailbox, so `name+1@`, `name+2@` … share one bucket with `name@`.
 */
export async function mayMailSignInLink(email: string, headers: HeaderSource): Promise<boolean> {
  const address = plainAddress(email);
  if (!address) return false;
  const env = serverEnv();
  const result = await consumeAll(sqlPool(), env.AUTH_SECRET, [
    ["signInPerEmail", mailboxKey(address)],
    ["signInPerClient", clientAddress(headers, env.TRUSTED_PROXY_HOPS)],
  ]);
  if (!result.allowed) console.warn("[auth] sign-in mail withheld: rate limit reached");
  return result.allowed;
}
