/**
 * The one place that decides who the client is, for rate limits. By default it is the TCP peer
 * (nothing a client sends is trusted). Behind N proxies that each append to X-Forwarded-For
 * (TRUSTED_PROXY_HOPS=N), it is the entry N places from the right of [...X-Forwarded-For, peer].
 */
import { isIP } from "node:net";
import { PEER_HEADER } from "@/lib/peer-address";

type HeaderSource = { get(name: string): string | null };

let warned = false;

export function clientAddress(headers: HeaderSource, trustedProxyHops: number): string {
  const peer = headers.get(PEER_HEADER)?.trim() ?? "";
  if (!peer && !warned) {
    warned = true;
    console.warn("[client-address] no peer address on the request: is instrumentation.ts loaded? Rate limits share one bucket.");
  }
  const chain = [
    ...(trustedProxyHops > 0 ? (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean) : []),
    peer || "unknown",
  ];
  const candidate = chain[Math.max(0, chain.length - 1 - trustedProxyHops)]!;
  return normalizeAddress(candidate);
}

/** One spelling per address, so "::ffff:1.2.3.4" and "1.2.3.4" share a bucket; garbage is one bucket. */
export function normalizeAddress(raw: string): string {
  const value = raw.replace(/^\[|\]$/g, "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(value) ? value.toLowerCase() : "invalid";
}
