/** Issue 15: plain sign-in addresses and their mailbox (item 2), the session cookie name (item 7), dot segments (item 1). */
import { describe, expect, it } from "vitest";
import { mailboxKey, plainAddress } from "@/lib/auth/email-address";
import { sessionCookieName, sessionTokenFrom, secureCookiesFor } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/http/redirect";
import { callbackOnSite } from "@/lib/auth/sign-in-link";

describe("plainAddress", () => {
  it.each([
    ["name@example.org", "name@example.org"],
    ["  Name@Example.ORG ", "name@example.org"],
    ["first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk"],
    ["name\uff20example.org", "name@example.org"],
    ["name@example.org\n", "name@example.org"],
  ])("keeps %j as %j", (input, expected) => {
    expect(plainAddress(input)).toBe(expected);
  });

  it.each([
    "victim@x.org,1",
    "victim@x.org,attacker@evil.example",
    '"victim"@x.org',
    '"a@b"@x.org',
    "victim@x.org.",
    "victim@[127.0.0.1]",
    "victim@127.0.0.1",
    "<victim@x.org>",
    "victim@x.org (comment)",
    "Victim <victim@x.org>",
    "vic tim@x.org",
    "victim@x.org\r\nbcc: a@b.c",
    "a@@x.org",
    "a@b@x.org",
    "@x.org",
    "victim@",
    "victim@localhost",
    ".victim@x.org",
    "vic..tim@x.org",
    "victim.@x.org",
    "victim@-x.org",
    "victim@x-.org",
    "victim@x..org",
    `${"a".repeat(65)}@x.org`,
    `a@${"b".repeat(250)}.org`,
    "",
    null,
    42,
  ])("refuses %j", (input) => {
    expect(plainAddress(input)).toBeNull();
  });
});

describe("mailboxKey", () => {
  it("counts subaddresses, and Gmail's dots and googlemail.com, as one mailbox", () => {
    expect(new Set(["victim@x.org", "victim+1@x.org", "victim+a+b@x.org"].map(mailboxKey))).toEqual(new Set(["victim@x.org"]));
    expect(new Set(["vic.tim@gmail.com", "victim@gmail.com", "v.i.c.t.i.m+z@googlemail.com"].map(mailboxKey))).toEqual(new Set(["victim@gmail.com"]));
    // Dots matter elsewhere: those are two people.
    expect(mailboxKey("vic.tim@x.org")).not.toBe(mailboxKey("victim@x.org"));
  });
});

describe("session cookie name", () => {
  const cookies = (pairs: Record<string, string>) => ({ get: (name: string) => (name in pairs ? { value: pairs[name]! } : undefined) });
  const token = "0b9f6f0e-8a49-4c8e-9a43-5b1f0c2d9e11";

  it("follows SITE_URL alone", () => {
    expect(secureCookiesFor("https://untrain.example")).toBe(true);
    expect(secureCookiesFor("http://localhost:3000")).toBe(false);
    expect(sessionCookieName("https://untrain.example")).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName("http://localhost:3000")).toBe("authjs.session-token");
  });

  it("on https, an unprefixed cookie (plantable over http or by a subdomain) is not read", () => {
    expect(sessionTokenFrom(cookies({ "authjs.session-token": token }), "https://untrain.example")).toBeNull();
    expect(sessionTokenFrom(cookies({ "__Secure-authjs.session-token": token }), "https://untrain.example")).toBe(token);
    expect(sessionTokenFrom(cookies({ "authjs.session-token": token }), "http://localhost:3000")).toBe(token);
  });
});

describe("safeRedirectPath checks the resolved path", () => {
  it.each(["/..//evil.example/", "/.//evil.example", "/%2e%2e//evil.example/", "/.%2e//evil.example/", "/guides/..//..//evil.example/", "/a/b/../..//evil.example", "/%2E%2E//evil.example", "/x/..//evil.example?y=1"])(
    "%s falls back",
    (value) => {
      expect(safeRedirectPath(value)).toBe("/checklist");
      expect(callbackOnSite(value, "https://untrain.test")).toBe("https://untrain.test/checklist");
    },
  );

  it("keeps a harmless dot segment, resolved", () => {
    expect(safeRedirectPath("/guides/../account")).toBe("/account");
  });
});
