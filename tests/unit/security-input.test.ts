import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/http/redirect";
import { callbackOnSite, signInLink } from "@/lib/auth/sign-in-link";
import { clientAddress, normalizeAddress } from "@/lib/http/client-address";
import { PEER_HEADER } from "@/lib/http/peer-address";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { unsubscribeToken, verifyUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS } from "@/lib/jobs/reminders";
import { isCrossSiteWrite } from "@/lib/http/same-origin";
import { config, SELF_CHECKED_ROUTES } from "@/proxy";

const HOSTILE_CALLBACKS = [
  "/%09/evil.example/",
  "/\t/evil.example/",
  "/%0A/evil.example",
  "/%0D/evil.example",
  "/%00",
  "/\n/evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/%5Cevil.example",
  "/%2F/evil.example",
  "/%2F%2Fevil.example",
  "https://evil.example/checklist",
  "http:evil.example",
  "//evil.example/%2e%2e",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  " /checklist",
  "evil.example",
  "/ /evil.example",
  "/%20/evil.example",
  "%2F%2Fevil.example",
  "/%E0%A4%A",
  "",
  "x".repeat(3000),
];

describe("safeRedirectPath", () => {
  it.each(HOSTILE_CALLBACKS)("refuses %j and falls back to /checklist", (value) => {
    expect(safeRedirectPath(value)).toBe("/checklist");
  });

  it.each(["/checklist", "/guides/instagram#make-account-private", "/guides?q=meta&category=social", "/account"])("keeps the same-site path %s", (value) => {
    expect(safeRedirectPath(value)).toBe(value);
  });

  it("refuses anything that is not a string", () => {
    expect(safeRedirectPath(undefined)).toBe("/checklist");
    expect(safeRedirectPath(["/a", "/b"])).toBe("/checklist");
    expect(safeRedirectPath(null, "/")).toBe("/");
  });
});

describe("sign-in links", () => {
  const site = "https://untrain.test";

  it("rebuilds the mailed link on SITE_URL whatever host Auth.js saw", () => {
    const forged = "http://evil.example/api/auth/callback/nodemailer?callbackUrl=http%3A%2F%2Fevil.example%2Fchecklist&token=abc123&email=a%40b.org";
    const link = new URL(signInLink(forged, site));
    expect(link.origin).toBe(site);
    expect(link.pathname).toBe("/api/auth/callback/nodemailer");
    expect(link.searchParams.get("token")).toBe("abc123");
    expect(link.searchParams.get("callbackUrl")).toBe(`${site}/checklist`);
  });

  it("keeps a same-site callback and drops a foreign one", () => {
    expect(callbackOnSite(`${site}/guides/x#y`, site)).toBe(`${site}/guides/x#y`);
    expect(callbackOnSite("/account", site)).toBe(`${site}/account`);
    expect(callbackOnSite("https://evil.example/account", site)).toBe(`${site}/checklist`);
    expect(callbackOnSite("//evil.example", site)).toBe(`${site}/checklist`);
  });
});

describe("client address", () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  it("is the TCP peer by default, whatever X-Forwarded-For says", () => {
    expect(clientAddress(headers({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "1.1.1.1" }), 0)).toBe("203.0.113.9");
    expect(clientAddress(headers({ [PEER_HEADER]: "::ffff:203.0.113.9", "x-forwarded-for": "2.2.2.2" }), 0)).toBe("203.0.113.9");
  });

  it("behind N trusted proxies, takes the entry N places from the right", () => {
    const h = headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientAddress(h, 1)).toBe("198.51.100.7");
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.3", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }), 2)).toBe("198.51.100.7");
    // More hops configured than entries present: the leftmost is the best guess, never the proxy.
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.2" }), 3)).toBe("10.0.0.2");
  });

  it("counts an IPv6 client by its /64, however the address is written", () => {
    const bucket = "2001:db8:aa:1::/64";
    for (const address of ["2001:db8:aa:1::1", "2001:0DB8:00aa:0001:ffff:ffff:ffff:ffff", "[2001:db8:aa:1::7]", "2001:db8:aa:1:0:0:1.2.3.4", "2001:db8:aa:1::1%eth0"]) {
      expect(normalizeAddress(address), address).toBe(bucket);
    }
    expect(normalizeAddress("2001:db8:aa:2::1")).toBe("2001:db8:aa:2::/64");
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
    expect(normalizeAddress("fe80::")).toBe("fe80:0:0:0::/64");
    expect(clientAddress(headers({ [PEER_HEADER]: "2001:db8:aa:1::9", "x-forwarded-for": "1.1.1.1" }), 0)).toBe(bucket);
    // IPv4 addresses stay one bucket each, also when written as IPv4-mapped IPv6.
    expect(normalizeAddress("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(normalizeAddress("198.51.100.8")).toBe("198.51.100.8");
  });

  it("puts garbage into one bucket instead of trusting it", () => {
    expect(normalizeAddress("not an ip")).toBe("invalid");
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "<script>" }), 1)).toBe("invalid");
  });
});

describe("isDatabaseUnavailable", () => {
  it("recognises connection failures anywhere in the cause chain", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("outer", { cause: { code: "57P01" } }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("does not mistake bugs or bad input for an outage", () => {
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("unsubscribe tokens", () => {
  const secret = "s".repeat(40);
  const now = new Date("2026-12-01T00:00:00Z");

  it("round-trips, exactly", () => {
    const token = unsubscribeToken(secret, "cuser1", now);
    expect(verifyUnsubscribeToken(secret, token, now)).toBe("cuser1");
    expect(verifyUnsubscribeToken(secret, `${token}x`, now)).toBeNull();
    expect(verifyUnsubscribeToken(secret, `${token}.`, now)).toBeNull();
    expect(verifyUnsubscribeToken(secret, ` ${token}`, now)).toBeNull();
    expect(verifyUnsubscribeToken(secret, token.replace("cuser1", "cuser2"), now)).toBeNull();
    expect(verifyUnsubscribeToken("t".repeat(40), token, now)).toBeNull();
  });

  it("expires", () => {
    const token = unsubscribeToken(secret, "cuser1", now);
    const later = new Date(now.getTime() + (UNSUBSCRIBE_TOKEN_DAYS + 1) * 86_400_000);
    expect(verifyUnsubscribeToken(secret, token, later)).toBeNull();
  });

  it("refuses the old never-expiring format", () => {
    expect(verifyUnsubscribeToken(secret, "cuser1.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", now)).toBeNull();
  });
});

describe("isDatabaseUnavailable with Prisma 7's wrapped driver errors", () => {
  it("looks into meta.driverAdapterError and knows PostgreSQL's recovery wording", () => {
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "57P03", kind: "postgres" } } } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("the database system is not yet accepting connections"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Server has closed the connection."))).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "23505" } } } })).toBe(false);
  });
});

describe("cross-site writes", () => {
  const request = (method: string, origin?: string) => ({ method, headers: new Headers(origin ? { origin } : {}) });
  const site = process.env.SITE_URL ?? "http://localhost:3000";

  it("refuses a write from another origin, whatever the method; reads and requests without Origin pass", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(isCrossSiteWrite(request(method, "http://evil.example"))).toBe(true);
      expect(isCrossSiteWrite(request(method, "null"))).toBe(true);
      expect(isCrossSiteWrite(request(method, site))).toBe(false);
      expect(isCrossSiteWrite(request(method))).toBe(false);
    }
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(isCrossSiteWrite(request(method, "http://evil.example"))).toBe(false);
  });

  it("the proxy skips only the routes that check Origin themselves, and only by exact path", () => {
    const byOrigin = config.matcher.find((m) => "has" in m && m.has?.some((h) => h.key === "origin"))!;
    const matches = (pathname: string) => new RegExp(`^${byOrigin.source}$`).test(pathname);
    for (const route of SELF_CHECKED_ROUTES) expect(matches(route), route).toBe(false);
    for (const other of ["/", "/checklist", "/api/reports", "/api/unsubscribe", "/api/plan", "/api/plan/merge", "/api/progress/", "/api/progress/mergex", "/api/progressx", "/x/api/progress", "/api/auth/signin/nodemailer"]) {
      expect(matches(other), other).toBe(true);
    }
  });
});
