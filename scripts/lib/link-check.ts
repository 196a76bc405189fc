/**
 * Link checking for the guides (`npm run content:links`, issue "Keeping the guides true", section 3).
 *
 * Every step `href` and every source URL is checked once (URLs are deduplicated, and every guide, step
 * and source that uses one is remembered). Each URL is requested with HEAD first, falling back to GET
 * when HEAD is refused; redirects are followed by hand so the chain can be reported; one retry covers
 * network errors, timeouts, 5xx and 429. A 200 page is read (up to a limit) for its <title> so a
 * "page not found" page served with 200 shows up as a soft 404.
 *
 * Before any request, a quick probe decides whether there is a network at all (no interface, a failed
 * DNS lookup of the most-used host, or the first requests to several hosts all failing to connect);
 * without one the check is reported as skipped, never as passed.
 *
 * Pure logic plus fetch; fetch, DNS lookup, sleep and timeouts are injectable for the tests.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { networkInterfaces } from "node:os";
import type { SourceKind } from "../../lib/content/constants";

export type LinkStatus = "ok" | "moved" | "dead" | "soft-404" | "timeout" | "error";
/** Worst first: the order of the report. */
export const LINK_STATUS_ORDER: readonly LinkStatus[] = ["dead", "soft-404", "timeout", "error", "moved", "ok"];

/** The minimum of a guide the checker needs (a parsed `Guide` fits). */
export type LinkGuide = {
  slug: string;
  frontmatter: { platform: string; sources: readonly { id: string; title: string; url: string; kind: SourceKind }[] };
  steps: readonly { id: string; number: number; title: string; href?: string; sources: readonly string[] }[];
};

export type LinkUse =
  | { guide: string; role: "href"; step: { id: string; number: number; title: string } }
  | { guide: string; role: "source"; source: { id: string; title: string; kind: SourceKind }; steps: { id: string; number: number }[] };

export type LinkTarget = { url: string; uses: LinkUse[] };

/** One request of the final attempt: the redirect chain, first URL first. */
export type Hop = { url: string; method: "HEAD" | "GET"; status: number };

export type LinkResult = {
  url: string;
  status: LinkStatus;
  /** The last HTTP status received, or null when no response came back. */
  httpStatus: number | null;
  /** Where the redirects ended, when that is not `url`. */
  finalUrl: string | null;
  chain: Hop[];
  /** Why, in words: "HTTP 404", "DNS lookup failed (ENOTFOUND)", "moved to …". */
  detail: string;
  /** The network error code, e.g. ENOTFOUND, ECONNREFUSED, TIMEOUT, DEPTH_ZERO_SELF_SIGNED_CERT. */
  code: string | null;
  /** The page answered, but only with a sign-in page (common for settings links); not a problem. */
  signIn: boolean;
  attempts: number;
};

export type CheckedLink = LinkResult & {
  uses: LinkUse[];
  /** Dead and used as an official source or a step link: fails the check. */
  failing: boolean;
};

export type LinkSummary = {
  urls: number;
  uses: number;
  guides: number;
  ok: number;
  moved: number;
  dead: number;
  soft404: number;
  timeout: number;
  error: number;
  /** Dead official sources and dead step links: what makes the command exit non-zero. */
  failing: number;
  /** Dead press/community links, soft 404s, timeouts and errors. */
  warnings: number;
  notChecked: number;
};

export type LinkReport = {
  checkedAt: string;
  skipped: { reason: "no-network"; detail: string } | null;
  summary: LinkSummary;
  results: CheckedLink[];
  exitCode: 0 | 1;
};

export const DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible; UntrainLinkChecker/1.0; checks the links in Untrain's privacy guides)";

export type CheckOptions = {
  fetch?: typeof fetch;
  /** Per request (each hop, and the title read), in ms. */
  timeoutMs?: number;
  /** Retries after a network error, timeout, 5xx or 429. */
  retries?: number;
  /** Wait before retry n is n × backoffMs (a 429's Retry-After wins, capped at 10 s). */
  backoffMs?: number;
  maxRedirects?: number;
  userAgent?: string;
  sleep?: (ms: number) => Promise<void>;
  /** Read 200 HTML pages for their <title> (soft 404 detection). */
  readTitles?: boolean;
  maxTitleBytes?: number;
  /** Waits for a free slot for one request to `host`; the runner passes a per-host limiter. */
  acquire?: (host: string) => Promise<() => void>;
};

export type NetworkProbeOptions = {
  interfaces?: () => ReturnType<typeof networkInterfaces>;
  lookup?: (host: string) => Promise<{ address: string; family: number }[]>;
  lookupTimeoutMs?: number;
  /** How many hosts the first requests go to; when all fail to connect there is no network. */
  sampleHosts?: number;
};

export type RunOptions = CheckOptions & {
  concurrency?: number;
  perHost?: number;
  /** false: no probe, check everything (e.g. behind a DNS-rewriting proxy). */
  probe?: NetworkProbeOptions | false;
  /** Called once the probe passed, before the checks start. */
  onStart?: (urls: number) => void;
  now?: () => Date;
};

// ---------------------------------------------------------------------------------------------
// Collecting the links

/** The URL without its #fragment (never sent to the server), so a page is checked once. */
export function linkKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    return u.href;
  } catch {
    return url;
  }
}

/** Every distinct URL of the guides with everything that uses it, in the order first met. */
export function collectLinks(guides: readonly LinkGuide[]): LinkTarget[] {
  const byUrl = new Map<string, LinkTarget>();
  const add = (url: string, use: LinkUse) => {
    const key = linkKey(url);
    let target = byUrl.get(key);
    if (!target) byUrl.set(key, (target = { url: key, uses: [] }));
    target.uses.push(use);
  };
  for (const guide of guides) {
    for (const step of guide.steps) {
      if (step.href) add(step.href, { guide: guide.slug, role: "href", step: { id: step.id, number: step.number, title: step.title } });
    }
    for (const source of guide.frontmatter.sources) {
      const steps = guide.steps.filter((s) => s.sources.includes(source.id)).map((s) => ({ id: s.id, number: s.number }));
      add(source.url, { guide: guide.slug, role: "source", source: { id: source.id, title: source.title, kind: source.kind }, steps });
    }
  }
  return [...byUrl.values()];
}

/** A dead link fails the check when it is a step link or an official source; press/community are warnings. */
export function isCritical(uses: readonly LinkUse[]): boolean {
  return uses.some((u) => u.role === "href" || u.source.kind === "official");
}

// ---------------------------------------------------------------------------------------------
// Classifying responses and errors

const HEAD_REFUSED = new Set([400, 403, 404, 405, 410, 501]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const NOT_FOUND_WORDS = /\bnot[\s_-]*found\b|\b404\b|\bpage (?:does not|doesn't) exist\b/i;
const NOT_FOUND_URL = /(?:^|[/_.?=&-])(?:404|not[-_]?found|page[-_]?not[-_]?found|notfound)(?:[/_.?=&-]|$)/i;
const SIGN_IN_URL = /(?:^|\/)(?:log[-_]?in|sign[-_]?in|signin|auth|sso|servicelogin|accounts\/login|oauth2?)(?:\/|$|\?)/i;
const TLS_CODE = /^(?:ERR_TLS_|ERR_SSL_|ERR_OSSL|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|HOSTNAME_MISMATCH|INVALID_PURPOSE)/;
const DNS_DEAD = new Set(["ENOTFOUND", "ENODATA", "EAI_NONAME"]);
/** Errors that mean "could not reach the host at all"; when every first request ends so, there is no network. */
const UNREACHABLE = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME", "ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "ECONNREFUSED", "EADDRNOTAVAIL", "TIMEOUT"]);

type ErrorClass = { status: LinkStatus; code: string; detail: string; retryable: boolean };

function errorChain(error: unknown): { name?: string; code?: string; message?: string }[] {
  const out: { name?: string; code?: string; message?: string }[] = [];
  let current: unknown = error;
  for (let i = 0; i < 6 && current && typeof current === "object"; i++) {
    const e = current as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
    out.push({
      name: typeof e.name === "string" ? e.name : undefined,
      code: typeof e.code === "string" ? e.code : undefined,
      message: typeof e.message === "string" ? e.message : undefined,
    });
    current = e.cause;
  }
  return out;
}

export function classifyError(error: unknown): ErrorClass {
  const chain = errorChain(error);
  const codes = chain.map((e) => e.code).filter((c): c is string => !!c);
  const names = chain.map((e) => e.name);
  const message = chain.map((e) => e.message).filter(Boolean).at(-1) ?? String(error);
  if (names.includes("TimeoutError") || codes.some((c) => c === "ETIMEDOUT" || (c.startsWith("UND_ERR_") && c.endsWith("_TIMEOUT")))) {
    return { status: "timeout", code: "TIMEOUT", detail: "no answer within the time limit", retryable: true };
  }
  const tls = codes.find((c) => TLS_CODE.test(c)) ?? (codes.includes("EPROTO") && /SSL|TLS/i.test(message) ? "EPROTO" : undefined);
  if (tls) return { status: "dead", code: tls, detail: `TLS error (${tls})`, retryable: false };
  const dns = codes.find((c) => DNS_DEAD.has(c));
  if (dns) return { status: "dead", code: dns, detail: `DNS lookup failed (${dns})`, retryable: false };
  const code = codes.find((c) => !c.startsWith("UND_ERR_")) ?? codes[0] ?? "FETCH_FAILED";
  return { status: "error", code, detail: `network error (${code}${message && !message.includes(code) ? `: ${message}` : ""})`, retryable: true };
}

export function isUnreachable(result: Pick<LinkResult, "code" | "httpStatus">): boolean {
  return result.httpStatus === null && !!result.code && UNREACHABLE.has(result.code);
}

function isHomePath(pathname: string): boolean {
  return pathname === "" || pathname === "/" || /^\/[a-z]{2}(?:[-_][a-z]{2,4})?\/?$/i.test(pathname);
}

/** The same page once http→https, a www. prefix, a trailing slash and the host's case are ignored. */
function sameDocument(a: string, b: string): boolean {
  const norm = (s: string) => {
    try {
      const u = new URL(s);
      return `${u.hostname.replace(/^www\./, "")}${u.port ? `:${u.port}` : ""}${u.pathname.replace(/\/+$/, "")}${u.search}`;
    } catch {
      return s;
    }
  };
  return norm(a) === norm(b);
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " })[e] ?? "");
}

const TITLE = /<title[^>]*>([\s\S]*?)<\/title>/i;

export function extractTitle(html: string): string | undefined {
  const m = TITLE.exec(html);
  return m ? decodeEntities(m[1] ?? "").replace(/\s+/g, " ").trim() : undefined;
}

/** A 200 that really is a "not found" page: by its final URL, its title, or a deep link sent to the home page. */
export function softNotFound(originalUrl: string, finalUrl: string, title: string | undefined): string | null {
  let original: URL, final: URL;
  try {
    original = new URL(originalUrl);
    final = new URL(finalUrl);
  } catch {
    return null;
  }
  if (finalUrl !== originalUrl && NOT_FOUND_URL.test(`${final.pathname}${final.search}`)) return `redirected to a not-found page (${finalUrl})`;
  if (title && NOT_FOUND_WORDS.test(title)) return `the page's title says "${title.slice(0, 80)}"`;
  if (finalUrl !== originalUrl && !isHomePath(original.pathname) && isHomePath(final.pathname)) return `a deep link redirected to the home page (${finalUrl})`;
  return null;
}

function looksLikeHtml(headers: Headers): boolean {
  const type = headers.get("content-type");
  return !type || /html|xml/i.test(type);
}

function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 10_000) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Checking one URL

async function readTitle(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string | undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  try {
    while (bytes < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      text += decoder.decode(value, { stream: true });
      if (/<\/title>/i.test(text)) break;
    }
  } catch {
    // A body that breaks off after the headers: judge by what arrived.
  } finally {
    reader.cancel().catch(() => {});
  }
  return extractTitle(text);
}

type Answer = { status: number; headers: Headers; title?: string; cookies: string[] };
type Outcome = { result: Omit<LinkResult, "attempts">; retryable: boolean; waitMs?: number };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const noLimit = async () => () => {};

/** Checks one URL: follows redirects by hand, HEAD then GET, one retry on transient failures. */
export async function checkUrl(url: string, options: CheckOptions = {}): Promise<LinkResult> {
  const retries = options.retries ?? 1;
  const backoffMs = options.backoffMs ?? 1000;
  const sleep = options.sleep ?? defaultSleep;
  let attempt = 0;
  for (;;) {
    attempt++;
    const outcome = await attemptOnce(url, options);
    if (!outcome.retryable || attempt > retries) return { ...outcome.result, attempts: attempt };
    await sleep(outcome.waitMs ?? backoffMs * attempt);
  }
}

async function attemptOnce(url: string, options: CheckOptions): Promise<Outcome> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 10;
  const readTitles = options.readTitles ?? true;
  const maxTitleBytes = options.maxTitleBytes ?? 256 * 1024;
  const acquire = options.acquire ?? noLimit;
  const jar = new Map<string, Map<string, string>>();
  let jarVersion = 0;

  const request = async (target: string, method: "HEAD" | "GET", wantTitle: boolean): Promise<Answer> => {
    const host = new URL(target).host;
    const cookies = jar.get(host);
    const headers: Record<string, string> = {
      "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
      accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "accept-language": "en-US,en;q=0.8",
    };
    if (cookies?.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const release = await acquire(host);
    try {
      const res = await fetchImpl(target, { method, headers, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
      const setCookies = typeof res.headers.getSetCookie === "function" ? res.headers.getSetCookie() : [];
      let title: string | undefined;
      if (method === "GET" && wantTitle && res.status >= 200 && res.status < 300 && res.body && looksLikeHtml(res.headers)) {
        title = await readTitle(res.body, maxTitleBytes);
      } else {
        await res.body?.cancel().catch(() => {});
      }
      return { status: res.status, headers: res.headers, title, cookies: setCookies };
    } finally {
      release();
    }
  };
  const remember = (target: string, setCookies: string[]) => {
    if (!setCookies.length) return;
    const host = new URL(target).host;
    const cookies = jar.get(host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const pair = line.split(";")[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
      if (cookies.get(name) !== value) {
        cookies.set(name, value);
        jarVersion++;
      }
    }
    jar.set(host, cookies);
  };

  const chain: Hop[] = [];
  const base = (over: Partial<Omit<LinkResult, "attempts">> & Pick<LinkResult, "status" | "detail">): Omit<LinkResult, "attempts"> => {
    const last = chain.at(-1);
    return {
      url,
      httpStatus: last?.status ?? null,
      finalUrl: last && last.url !== url ? last.url : null,
      chain: [...chain],
      code: null,
      signIn: false,
      ...over,
    };
  };

  const visited = new Map<string, number>([[url, jarVersion]]);
  let current = url;
  let useGet = false;
  try {
    for (let redirects = 0; ; ) {
      let method: "HEAD" | "GET" = useGet ? "GET" : "HEAD";
      let answer = await request(current, method, readTitles);
      remember(current, answer.cookies);
      if (method === "HEAD" && HEAD_REFUSED.has(answer.status)) {
        // Some servers refuse or mishandle HEAD; GET decides, here and on the following hops.
        useGet = true;
        method = "GET";
        answer = await request(current, method, readTitles);
        remember(current, answer.cookies);
      }
      chain.push({ url: current, method, status: answer.status });
      const status = answer.status;

      if (REDIRECT.has(status)) {
        const location = answer.headers.get("location");
        if (!location) return { result: base({ status: "error", detail: `HTTP ${status} without a Location header` }), retryable: false };
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return { result: base({ status: "error", detail: `HTTP ${status} to an invalid Location "${location}"` }), retryable: false };
        }
        if (next.protocol !== "https:" && next.protocol !== "http:") {
          return { result: base({ status: "error", detail: `redirects to a ${next.protocol} URL` }), retryable: false };
        }
        next.hash = "";
        const seenAt = visited.get(next.href);
        if (seenAt !== undefined && seenAt === jarVersion) {
          return { result: base({ status: "dead", detail: `redirect loop back to ${next.href}`, finalUrl: next.href }), retryable: false };
        }
        redirects++;
        if (redirects > maxRedirects) return { result: base({ status: "dead", detail: `too many redirects (more than ${maxRedirects})` }), retryable: false };
        visited.set(next.href, jarVersion);
        current = next.href;
        continue;
      }

      if (status >= 200 && status < 300) {
        let title = answer.title;
        if (method === "HEAD" && readTitles && looksLikeHtml(answer.headers)) {
          // HEAD has no body: read the page once for its title.
          const page = await request(current, "GET", true).catch(() => undefined);
          if (page && (page.status === 404 || page.status === 410)) {
            chain[chain.length - 1] = { url: current, method: "GET", status: page.status };
            return { result: base({ status: "dead", detail: `HTTP ${page.status} (HEAD said ${status})` }), retryable: false };
          }
          if (page && page.status >= 200 && page.status < 300) title = page.title;
        }
        const redirected = current !== url;
        const soft = softNotFound(url, current, title);
        if (soft) return { result: base({ status: "soft-404", detail: soft }), retryable: false };
        if (redirected && SIGN_IN_URL.test(new URL(current).pathname)) {
          return { result: base({ status: "ok", detail: `asks to sign in (${current})`, signIn: true }), retryable: false };
        }
        if (redirected && !sameDocument(url, current)) {
          const codes = chain.slice(0, -1).map((h) => h.status).join(", ");
          return { result: base({ status: "moved", detail: `moved to ${current} (${codes})` }), retryable: false };
        }
        return { result: base({ status: "ok", detail: `HTTP ${status}` }), retryable: false };
      }
      if (status === 404 || status === 410) return { result: base({ status: "dead", detail: `HTTP ${status}` }), retryable: false };
      if (status === 429 || status >= 500) {
        return { result: base({ status: "error", detail: `HTTP ${status}` }), retryable: true, waitMs: retryAfterMs(answer.headers) };
      }
      return { result: base({ status: "error", detail: `HTTP ${status}` }), retryable: false };
    }
  } catch (error) {
    const c = classifyError(error);
    return { result: base({ status: c.status, detail: current === url ? c.detail : `${c.detail} at ${current}`, code: c.code, httpStatus: null, finalUrl: current === url ? null : current }), retryable: c.retryable };
  }
}

// ---------------------------------------------------------------------------------------------
// The network probe

function isPrivateAddress(address: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(address);
  if (v4) {
    const [a, b, c] = [Number(v4[1]), Number(v4[2]), Number(v4[3])];
    return (
      a === 0 || a === 10 || a === 127 || a >= 224 ||
      (a === 100 && b >= 64 && b < 128) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b < 32) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0 && (c === 0 || c === 2)) ||
      (a === 198 && (b === 18 || b === 19)) ||
      (a === 198 && b === 51 && c === 100) ||
      (a === 203 && b === 0 && c === 113)
    );
  }
  const v6 = address.toLowerCase();
  return v6 === "::" || v6 === "::1" || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith("2001:db8:");
}

const RESERVED_HOST = /(?:^|\.)(?:localhost|test|invalid|example|local)$/i;

/** The host most links point to, when it is a real DNS name: the one name the probe looks up. */
export function probeHost(targets: readonly LinkTarget[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of targets) {
    let host: string;
    try {
      host = new URL(t.url).hostname;
    } catch {
      continue;
    }
    if (isIP(host.replace(/^\[|\]$/g, "")) || RESERVED_HOST.test(host)) continue;
    counts.set(host, (counts.get(host) ?? 0) + t.uses.length);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

const DNS_OFFLINE = new Set(["EAI_AGAIN", "ENOTFOUND", "EAI_FAIL", "EAI_NONAME", "ECONNREFUSED", "ETIMEOUT", "ETIMEDOUT", "ESERVFAIL", "ENETUNREACH", "TIMEOUT"]);

/**
 * No traffic but one DNS lookup: is there a non-loopback interface, and does the most-used host resolve
 * to a public address? Returns why there is no network, or null when there seems to be one.
 */
export async function detectNoNetwork(targets: readonly LinkTarget[], probe: NetworkProbeOptions = {}): Promise<string | null> {
  const interfaces = (probe.interfaces ?? networkInterfaces)();
  const external = Object.values(interfaces)
    .flat()
    .some((i) => i && !i.internal && !/^fe80:/i.test(i.address));
  if (!external) return "no network interface other than loopback";
  const host = probeHost(targets);
  if (!host) return null;
  const lookup = probe.lookup ?? ((h: string) => dnsLookup(h, { all: true }));
  const timeoutMs = probe.lookupTimeoutMs ?? 5000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const addresses = await Promise.race([
      lookup(host),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error("DNS lookup timed out"), { code: "TIMEOUT" })), timeoutMs);
        timer.unref?.();
      }),
    ]);
    if (addresses.length && addresses.every((a) => isPrivateAddress(a.address))) {
      return `the resolver answers ${host} with a private address (${addresses[0]!.address})`;
    }
    return null;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && DNS_OFFLINE.has(code)) return `DNS lookup of ${host} failed (${code})`;
    return null;
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Running the whole check

/** At most `limit` requests at a time per host; a released slot goes straight to the next waiter. */
export function hostLimiter(limit: number): (host: string) => Promise<() => void> {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  return async (host) => {
    if ((active.get(host) ?? 0) < limit) active.set(host, (active.get(host) ?? 0) + 1);
    else await new Promise<void>((resolve) => waiting.set(host, [...(waiting.get(host) ?? []), resolve]));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.get(host)?.shift();
      if (next) next();
      else active.set(host, (active.get(host) ?? 1) - 1);
    };
  };
}

/** Round-robin over hosts, so the workers rarely all wait on one host's limit. */
function interleaveByHost(targets: readonly LinkTarget[]): LinkTarget[] {
  const groups = new Map<string, LinkTarget[]>();
  for (const t of targets) {
    let host = "";
    try {
      host = new URL(t.url).host;
    } catch {
      // Checked (and reported) as an error below.
    }
    groups.set(host, [...(groups.get(host) ?? []), t]);
  }
  const lists = [...groups.values()];
  const out: LinkTarget[] = [];
  for (let i = 0; out.length < targets.length; i++) for (const list of lists) if (list[i]) out.push(list[i]!);
  return out;
}

async function pool<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return out;
}

async function safeCheck(url: string, options: CheckOptions): Promise<LinkResult> {
  try {
    new URL(url);
  } catch {
    return { url, status: "error", httpStatus: null, finalUrl: null, chain: [], detail: "not a valid URL", code: null, signIn: false, attempts: 0 };
  }
  return checkUrl(url, options);
}

export function summarize(results: readonly CheckedLink[], guides: number, notChecked = 0): LinkSummary {
  const count = (s: LinkStatus) => results.filter((r) => r.status === s).length;
  const failing = results.filter((r) => r.failing).length;
  return {
    urls: results.length + notChecked,
    uses: results.reduce((n, r) => n + r.uses.length, 0),
    guides,
    ok: count("ok"),
    moved: count("moved"),
    dead: count("dead"),
    soft404: count("soft-404"),
    timeout: count("timeout"),
    error: count("error"),
    failing,
    warnings: results.filter((r) => !r.failing && r.status !== "ok" && r.status !== "moved").length,
    notChecked,
  };
}

export async function runLinkCheck(guides: readonly LinkGuide[], options: RunOptions = {}): Promise<LinkReport> {
  const now = options.now ?? (() => new Date());
  const targets = collectLinks(guides);
  const acquire = options.acquire ?? hostLimiter(options.perHost ?? 2);
  const check: CheckOptions = { ...options, acquire };
  const skip = (detail: string): LinkReport => ({
    checkedAt: now().toISOString(),
    skipped: { reason: "no-network", detail },
    summary: { ...summarize([], guides.length, targets.length), uses: targets.reduce((n, t) => n + t.uses.length, 0) },
    results: [],
    exitCode: 0,
  });

  const ordered = interleaveByHost(targets);
  const done = new Map<string, LinkResult>();
  if (options.probe !== false && targets.length) {
    const offline = await detectNoNetwork(targets, options.probe ?? {});
    if (offline) return skip(offline);
    // The first request to each of a few hosts, without retries: if none of them can connect, stop there.
    const hosts = new Set<string>();
    const sample: LinkTarget[] = [];
    for (const t of ordered) {
      const host = URL.canParse(t.url) ? new URL(t.url).host : "";
      if (hosts.size >= (options.probe?.sampleHosts ?? 3)) break;
      if (!hosts.has(host)) {
        hosts.add(host);
        sample.push(t);
      }
    }
    if (sample.length >= 2) {
      const first = await pool(sample, sample.length, (t) => safeCheck(t.url, { ...check, retries: 0 }));
      if (first.every(isUnreachable)) {
        const codes = [...new Set(first.map((r) => r.code))].join(", ");
        return skip(`the first requests to ${sample.length} hosts all failed to connect (${codes})`);
      }
      // Keep final answers; what may be transient is checked again with the full retry policy.
      first.forEach((r) => {
        if (r.status !== "timeout" && r.status !== "error") done.set(r.url, r);
      });
    }
  }

  const rest = ordered.filter((t) => !done.has(t.url));
  options.onStart?.(targets.length);
  const checked = await pool(rest, options.concurrency ?? 6, (t) => safeCheck(t.url, check));
  checked.forEach((r) => done.set(r.url, r));

  const results: CheckedLink[] = targets
    .map((t) => {
      const r = done.get(t.url)!;
      return { ...r, uses: t.uses, failing: r.status === "dead" && isCritical(t.uses) };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const summary = summarize(results, guides.length);
  return { checkedAt: now().toISOString(), skipped: null, summary, results, exitCode: summary.failing > 0 ? 1 : 0 };
}

// ---------------------------------------------------------------------------------------------
// Output

export function skipLine(report: LinkReport): string {
  return `Link check skipped: no network (${report.summary.notChecked} URLs not checked)`;
}

/** The stable shape of `--json`: keys always present, results sorted by URL. Parse errors also fail. */
export function reportJson(report: LinkReport, parseErrors: readonly string[] = []): unknown {
  return {
    version: 1,
    checkedAt: report.checkedAt,
    skipped: report.skipped,
    exitCode: parseErrors.length ? 1 : report.exitCode,
    summary: report.summary,
    parseErrors,
    results: report.results.map((r) => ({
      url: r.url,
      status: r.status,
      failing: r.failing,
      httpStatus: r.httpStatus,
      finalUrl: r.finalUrl,
      detail: r.detail,
      code: r.code,
      signIn: r.signIn,
      attempts: r.attempts,
      chain: r.chain,
      uses: r.uses,
    })),
  };
}

const rank = (s: LinkStatus) => LINK_STATUS_ORDER.indexOf(s);

type Row = { guide: string; rank: number; stepOrder: number; status: string; where: string; link: string; url: string; detail: string };

function stepsLabel(steps: readonly { number: number; id: string }[]): string {
  if (steps.length === 0) return "no step";
  if (steps.length === 1) return `step ${steps[0]!.number} ${steps[0]!.id}`;
  return `steps ${steps.map((s) => s.number).join(", ")}`;
}

/** The readable report: grouped by guide, worst first, then by step; ok links only with `all`. */
export function formatReport(report: LinkReport, options: { all?: boolean } = {}): string {
  if (report.skipped) return skipLine(report);
  const rows: Row[] = [];
  for (const r of report.results) {
    if (r.status === "ok" && !options.all) continue;
    for (const use of r.uses) {
      const failing = r.status === "dead" && (use.role === "href" || use.source.kind === "official");
      const steps = use.role === "href" ? [use.step] : use.steps;
      rows.push({
        guide: use.guide,
        rank: rank(r.status),
        stepOrder: Math.min(...steps.map((s) => s.number), Number.MAX_SAFE_INTEGER),
        status: `${r.status.toUpperCase()}${failing ? "*" : ""}`,
        where: stepsLabel(steps),
        link: use.role === "href" ? "step link" : `source ${use.source.id} (${use.source.kind})`,
        url: r.url,
        detail: r.detail,
      });
    }
  }
  const lines: string[] = [];
  const byGuide = new Map<string, Row[]>();
  for (const row of rows) byGuide.set(row.guide, [...(byGuide.get(row.guide) ?? []), row]);
  const guides = [...byGuide].sort((a, b) => Math.min(...a[1].map((r) => r.rank)) - Math.min(...b[1].map((r) => r.rank)) || a[0].localeCompare(b[0]));
  for (const [guide, list] of guides) {
    list.sort((a, b) => a.rank - b.rank || a.stepOrder - b.stepOrder || a.link.localeCompare(b.link));
    const w = (k: "status" | "where" | "link") => Math.max(...list.map((r) => r[k].length));
    const [ws, ww, wl] = [w("status"), w("where"), w("link")];
    lines.push(guide);
    for (const r of list) lines.push(`  ${r.status.padEnd(ws)}  ${r.where.padEnd(ww)}  ${r.link.padEnd(wl)}  ${r.url}  ${r.detail}`.trimEnd());
    lines.push("");
  }
  const s = report.summary;
  lines.push(
    `${s.urls} URLs checked (used ${s.uses} times in ${s.guides} guides): ${s.ok} ok, ${s.moved} moved, ${s.dead} dead, ${s.soft404} soft-404, ${s.timeout} timeout, ${s.error} error`,
  );
  if (s.failing) lines.push(`FAIL ${s.failing} dead official source or step link URL(s) (marked *)`);
  if (s.warnings) lines.push(`WARN ${s.warnings} URL(s) to look at: dead press/community links, soft 404s, timeouts and errors`);
  if (!s.failing && !s.warnings && !s.moved) lines.push("All links answer.");
  return lines.join("\n");
}
