/**
 * Issue 15, from outside: the mailed sign-in link against mail scanners (item 12), the per-address
 * mail limit against spellings of one mailbox (item 2), and open redirects through dot segments (item 1).
 */
import { afterAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { BASE_URL, HttpClient, confirmationForm, freshLoopbackAddress, request, uniqueEmail, waitForMail, SESSION_COOKIE } from "../support/http";
import { mailboxKey, plainAddress } from "@/lib/auth/email-address";

const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
afterAll(() => sql.end());

async function askForLink(email: string, client = new HttpClient("ask")) {
  const csrfToken = await client.csrfToken();
  return client.postForm("/api/auth/signin/nodemailer", { email, csrfToken, callbackUrl: "/checklist" });
}

async function count(query: string, email: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(query, [email]);
  return rows[0]!.n;
}
const sessionsOf = (email: string) => count(`SELECT count(*)::int AS n FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`, email);
const tokensOf = (email: string) => count(`SELECT count(*)::int AS n FROM "VerificationToken" WHERE identifier = $1`, email);
const usersOf = (email: string) => count(`SELECT count(*)::int AS n FROM "User" WHERE email = $1`, email);

describe("the mailed sign-in link (item 12: mail scanners)", () => {
  it("a cookieless GET or HEAD of the link changes nothing and gets no session; the reader's click afterwards signs in", async () => {
    const email = uniqueEmail("scanner");
    const since = Date.now();
    expect((await askForLink(email)).status).toBe(302);
    const mail = await waitForMail(email, since);
    const link = new URL(mail.url);
    expect(link.origin).toBe(BASE_URL);
    const linkPath = `${link.pathname}${link.search}`;

    // What Safe Links, Mimecast or Proofpoint do: fetch the link, without cookies, more than once.
    for (const method of ["GET", "HEAD", "GET"]) {
      const res = await request(linkPath, { method, localAddress: freshLoopbackAddress() });
      expect(res.status, method).toBe(200);
      expect(res.cookies.get(SESSION_COOKIE), method).toBeUndefined();
    }
    // The Auth.js callback itself (links mailed before, or rewritten by a scanner) does not spend the token either.
    for (const method of ["GET", "HEAD"]) {
      const res = await request(`/api/auth/callback/nodemailer${link.search}`, { method });
      expect(res.status, method).toBe(303);
      expect(res.location?.pathname).toBe("/signin/confirm");
      expect(res.cookies.get(SESSION_COOKIE)).toBeUndefined();
    }
    // The page's form replayed by something that is not a browser on our page (no Origin, or another one).
    const page = await request(linkPath);
    expect(page.body).toContain(`Sign in as ${email}`);
    const { action, fields } = confirmationForm(page.body);
    const body = new URLSearchParams(fields).toString();
    for (const origin of [null, "http://evil.example", "null"]) {
      const res = await request(action, { method: "POST", origin, body, headers: { "content-type": "application/x-www-form-urlencoded" } });
      expect(res.status, String(origin)).toBe(403);
      expect(res.cookies.get(SESSION_COOKIE)).toBeUndefined();
    }
    expect(await tokensOf(email)).toBe(1);
    expect(await sessionsOf(email)).toBe(0);
    expect(await usersOf(email)).toBe(0);

    // The reader opens the same link and presses the button: signed in, once.
    const reader = new HttpClient("reader");
    const confirmation = await reader.get(linkPath);
    expect(reader.sessionToken).toBeUndefined();
    const landed = await reader.postForm(action, confirmationForm(confirmation.body).fields);
    expect(landed.status).toBe(302);
    expect(landed.location?.origin).toBe(BASE_URL);
    expect(landed.location?.pathname).toBe("/checklist");
    expect(reader.sessionToken).toBeTruthy();
    expect(JSON.parse((await reader.get("/api/auth/session")).body)).toEqual({ user: { email, name: null } });
    expect(await tokensOf(email)).toBe(0);
    expect(await sessionsOf(email)).toBe(1);
    // The link works once.
    const again = await new HttpClient("again").postForm(action, fields);
    expect(again.location?.searchParams.get("error")).toBe("Verification");
  });

  it("an incomplete link shows a way to a new one, not an error", async () => {
    for (const query of ["", "?token=abc", `?token=${"a".repeat(64)}&email=not-an-address`, "?email=a%40b.org"]) {
      const res = await request(`/signin/confirm${query}`);
      expect(res.status, query).toBe(200);
      expect(res.body).toContain("This sign-in link is incomplete");
      expect(res.body).not.toContain("Sign in as");
    }
  });
});

function mailsToMailbox(key: string, since: number): number {
  const dir = process.env.MAIL_DIR!;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { to: string; createdAt: string })
    .filter((m) => Date.parse(m.createdAt) >= since - 1000)
    .filter((m) => {
      // What a mail server would deliver to: the bare address Auth.js kept, then the mailbox.
      const to = plainAddress(m.to.split(",")[0]) ?? m.to;
      return mailboxKey(to) === key;
    }).length;
}

describe("the per-address sign-in limit (item 2)", () => {
  const spellings = (local: string, domain: string) => [
    `${local}@${domain}`,
    `${local.toUpperCase()}@${domain.toUpperCase()}`,
    ` ${local}@${domain} `,
    `${local}@${domain},1`,
    `${local}@${domain},2`,
    `${local}@${domain},${local}@${domain}`,
    `${local}+1@${domain}`,
    `${local}+2@${domain}`,
    `${local}+x+y@${domain}`,
    `"${local}"@${domain}`,
    `${local}@${domain}.`,
    `${local}@${domain}\u3002`,
    `${local}\uff20${domain}`,
    `${local}@[127.0.0.1]`,
    `<${local}@${domain}>`,
    `${local}@${domain} (comment)`,
    `${local}@${domain}\n`,
  ];

  it.each([
    ["a mailbox on any domain", () => `victim${randomUUID().slice(0, 8)}`, "test.untrain.invalid"],
    ["a Gmail mailbox (dots and googlemail.com)", () => `vic.tim${randomUUID().slice(0, 6).replace(/-/g, "")}`, "gmail.com"],
  ])("%s: every spelling that reaches it counts against one bucket of 5", async (_, makeLocal, domain) => {
    const local = makeLocal();
    const key = mailboxKey(`${local}@${domain}`);
    const variants = spellings(local, domain);
    if (domain === "gmail.com") variants.push(`${local.replace(".", "")}@gmail.com`, `${local.replace(".", "..")}@gmail.com`, `${local}@googlemail.com`, `${local.replace(".", "")}+z@googlemail.com`);
    const since = Date.now();
    // Every request from an address of its own: only the per-address limit can stop them.
    for (let round = 0; round < 2; round++) {
      for (const email of variants) {
        const res = await askForLink(email, new HttpClient("spelling", freshLoopbackAddress()));
        expect(res.status, email).toBe(302);
        expect(res.location?.origin).toBe(BASE_URL);
      }
    }
    await waitForMail(`${local}@${domain}`, since);
    expect(mailsToMailbox(key, since)).toBeLessThanOrEqual(5);
    expect(mailsToMailbox(key, since)).toBeGreaterThanOrEqual(1);
  });
});

describe("open redirects through dot segments (item 1)", () => {
  const prefixes = ["/..", "/.", "/%2e%2e", "/%2E%2E", "/.%2e", "/%2e.", "/%2e", "/guides/..", "/guides/../..", "/guides/..//..", "/a/b/../..", "/a/%2e%2e", "/checklist/.."];
  const tails = ["//evil.example/", "//evil.example", "//evil.example/checklist?x=1", "/%2Fevil.example/", "//evil.example%2F", "/\tevil.example"];
  const hostile = [...prefixes.flatMap((p) => tails.map((t) => `${p}${t}`)), "/..//evil.example/", "/.//evil.example", "/guides/..//..//evil.example/", "/%2e%2e/%2e%2e//evil.example", "/././/evil.example", "/x/..//evil.example"];

  async function signedInCookie(): Promise<string> {
    const email = uniqueEmail("redirect");
    const { rows } = await sql.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now()) RETURNING id`, [`u${randomUUID().replace(/-/g, "")}`, email]);
    const token = randomUUID();
    await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 hour', now())`, [token, rows[0].id]);
    return `${SESSION_COOKIE}=${token}`;
  }

  it(`/signin?callbackUrl=… never sends a signed-in reader off the site (${prefixes.length * tails.length + 6} spellings)`, async () => {
    const cookie = await signedInCookie();
    const offSite: string[] = [];
    for (const value of hostile) {
      for (const encoded of [value.replace(/\t/g, "%09"), encodeURIComponent(value)]) {
        const res = await request(`/signin?callbackUrl=${encoded}`, { cookie });
        expect(res.status, encoded).toBeLessThan(500);
        const location = res.headers.location;
        if (!location) continue;
        // What the browser does with the Location header: resolve it against the page it asked for.
        const target = new URL(location, `${BASE_URL}/signin`);
        if (target.origin !== BASE_URL || location.startsWith("//") || /^\/[\\/\s]/.test(location)) offSite.push(`${encoded} → ${location}`);
      }
    }
    expect(offSite).toEqual([]);
  });

  it("a same-site path with dot segments still lands where it points", async () => {
    const cookie = await signedInCookie();
    const res = await request(`/signin?callbackUrl=${encodeURIComponent("/guides/../account")}`, { cookie });
    expect(res.headers.location).toBe("/account");
  });
});
