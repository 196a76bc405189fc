/**
 * The one place that decides who the client is, for rate limits. By default it is the TCP peer
 * (nothing a client sends is trusted). Behind N proxies that each append to X-Forwarded-For
 * (TRUSTED_PROXY_HOPS=N), it is the entry N places from the right of [...X-Forwarded-For, peer].
 */
import { isIP } from "node:net";
import { PEER_HEADER } from "@/lib/http/peer-address";

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

/**
 * One bucket per client: an IPv4 address, or an IPv6 /64. One IPv6 subscriber is routinely given a
 * whole /64 (2^64 addresses), so counting single IPv6 addresses would let one client rotate around
 * every per-client limit. "::ffff:1.2.3.4" is the IPv4 address; garbage is one bucket.
 */
export function normalizeAddress(raw: string): string {
  const value = raw.replace(/^\[|\]$/g, "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  const family = isIP(value);
  if (family === 4) return value;
  if (family === 6) return `${ipv6Groups(value).slice(0, 4).join(":")}::/64`;
  return "invalid";
}

/** The eight 16-bit groups of a valid IPv6 address, in one spelling (no leading zeros, lower case). */
function ipv6Groups(address: string): string[] {
  let value = address.split("%")[0]!; // a zone index ("fe80::1%eth0") names the interface, not the client
  const v4Tail = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(value);
  if (v4Tail) {
    const [a, b, c, d] = v4Tail.slice(2).map(Number) as [number, number, number, number];
    value = `${v4Tail[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = value.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? null : tail ? tail.split(":") : [];
  const groups = right === null ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((group) => Number.parseInt(group, 16).toString(16));
}
