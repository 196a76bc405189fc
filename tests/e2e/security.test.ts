/** Regression tests for the security defects of issue "Security and resilience", against the production server. */
import { afterAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { BASE_URL, uniqueEmail, waitForMail } from "../support/browser";
import { cookieHeader, freshLoopbackAddress, rawRequest } from "../support/raw-http";
import { unsubscribeToken } from "@/lib/jobs/reminders";

const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL });
afterAll(() => sql.end());

const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** Asks Auth.js's endpoint for a sign-in mail, as a script would (CSRF token and cookie first). */
async function postSignIn(email: string, headers: Record<string, string> = {}, localAddress?: string) {
  const csrf = await rawRequest("/api/auth/csrf", { headers, localAddress });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ email, csrfToken, callbackUrl: "http://evil.example/checklist" }).toString();
  return rawRequest("/api/auth/signin/nodemailer", { method: "POST", headers: { ...FORM, cookie: cookieHeader(csrf), ...headers }, body, localAddress });
}

function mailsTo(email: string): { url: string }[] {
  const dir = process.env.MAIL_DIR!;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { to: string; url: string })
    .filter((m) => m.to === email);
}

async function signedInUser() {
  const email = uniqueEmail("sec");
  const { rows } = await sql.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now()) RETURNING id`, [`u${randomUUID().replace(/-/g, "")}`, email]);
  const token = randomUUID();
  await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 hour', now())`, [token, rows[0].id]);
  return { id: rows[0].id as string, email, cookie: `authjs.session-token=${token}` };
}

describe("sign-in links", () => {
  it.each<Record<string, string>>([{ host: "evil.example" }, { "x-forwarded-host": "evil.example" }, { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" }])(
    "are built from SITE_URL whatever Host headers say (%j)",
    async (forged) => {
      const email = uniqueEmail("forged");
      const since = Date.now();
      const res = await postSignIn(email, forged, freshLoopbackAddress());
      expect(res.status).toBeLessThan(400);
      const mail = await waitForMail(email, since);
      const link = new URL(mail.url);
      expect(link.origin).toBe(BASE_URL);
      expect(link.searchParams.get("callbackUrl") ?? "").toMatch(new RegExp(`^${BASE_URL}/`));
      expect(mail.url).not.toContain("evil.example");
    },
  );

  it("are rate-limited per address: over the limit the page is the same and no mail goes out", async () => {
    const email = uniqueEmail("flood");
    const statuses: number[] = [];
    const locations: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await postSignIn(email, {}, freshLoopbackAddress());
      statuses.push(res.status);
      locations.push(new URL(String(res.headers.location), BASE_URL).pathname);
    }
    expect(new Set(statuses)).toEqual(new Set([302]));
    // One and the same answer for mails sent and mails withheld.
    expect(new Set(locations).size).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsTo(email)).toHaveLength(5);
  });

  it("cannot be sent around the limit as JSON or with an over-long address", async () => {
    const client = freshLoopbackAddress();
    const email = uniqueEmail("json");
    for (let i = 0; i < 8; i++) {
      const csrf = await rawRequest("/api/auth/csrf", { localAddress: client });
      const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
      await rawRequest("/api/auth/signin/nodemailer", {
        method: "POST",
        localAddress: client,
        headers: { "content-type": "application/json", cookie: cookieHeader(csrf) },
        body: JSON.stringify({ email, csrfToken }),
      });
    }
    const long = `${"a".repeat(260)}@test.untrain.invalid`;
    const res = await postSignIn(long, {}, freshLoopbackAddress());
    expect(res.status).toBe(302);
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsTo(email).length).toBeLessThanOrEqual(5);
    expect(mailsTo(long)).toHaveLength(0);
  });

  it("are rate-limited per client across addresses", async () => {
    const client = freshLoopbackAddress();
    const emails = Array.from({ length: 22 }, () => uniqueEmail("spray"));
    for (const email of emails) await postSignIn(email, {}, client);
    await new Promise((r) => setTimeout(r, 1000));
    const sent = emails.filter((e) => mailsTo(e).length > 0).length;
    expect(sent).toBe(20);
  });
});

describe("the session endpoint", () => {
  it("gives JavaScript the email and name only, never the session token or the user row", async () => {
    const user = await signedInUser();
    const res = await rawRequest("/api/auth/session", { headers: { cookie: user.cookie } });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as Record<string, unknown>;
    expect(body).toEqual({ user: { email: user.email, name: null } });
    expect(res.body).not.toContain(user.cookie.split("=")[1]);
    expect(res.body).not.toContain(user.id);
  });

  it("answers null when signed out", async () => {
    const res = await rawRequest("/api/auth/session");
    expect(JSON.parse(res.body)).toBeNull();
  });
});

describe("open redirects after sign-in", () => {
  it.each(["/%09/evil.example/", "/%0A/evil.example", "/%0D/evil.example", "/%00", "//evil.example", "/%5Cevil.example", "https://evil.example/"])(
    "/signin?callbackUrl=%s never leaves the site and never fails",
    async (callback) => {
      const user = await signedInUser();
      const res = await rawRequest(`/signin?callbackUrl=${callback}`, { headers: { cookie: user.cookie } });
      expect(res.status).toBeLessThan(500);
      if (res.status >= 300 && res.status < 400) expect(new URL(String(res.headers.location), BASE_URL).origin).toBe(BASE_URL);
      else expect(res.body).not.toMatch(/evil\.example/);
    },
  );
});

describe("rate limit on reports", () => {
  it("counts the TCP peer, not a rotating X-Forwarded-For", async () => {
    const client = freshLoopbackAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await rawRequest("/api/reports", {
        method: "POST",
        localAddress: client,
        headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${i + 1}` },
        body: JSON.stringify({ guide: "linkedin", stepId: "turn-off-genai-improvement", message: `Rotating header report ${i} ${randomUUID()}` }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
    // Another client is not affected by this one's limit.
    const other = await rawRequest("/api/reports", {
      method: "POST",
      localAddress: freshLoopbackAddress(),
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ guide: "linkedin", stepId: "turn-off-genai-improvement", message: `Another client ${randomUUID()}` }),
    });
    expect(other.status).toBe(200);
  });
});

describe("cross-origin writes", () => {
  it.each(["/api/progress", "/api/progress/merge", "/api/reports", "/api/unsubscribe", "/checklist"])("POST %s from another Origin is refused with 403", async (route) => {
    const user = await signedInUser();
    const body = route === "/api/progress" ? { guide: "linkedin", stepId: "turn-off-genai-improvement", done: true } : { ticks: [] };
    const res = await rawRequest(route, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://evil.example", cookie: user.cookie },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(403);
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "StepCompletion" WHERE "userId" = $1`, [user.id]);
    expect(rows[0].n).toBe(0);
  });

  it("the same POST from our own Origin goes through", async () => {
    const user = await signedInUser();
    const res = await rawRequest("/api/progress", {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE_URL, cookie: user.cookie },
      body: JSON.stringify({ guide: "linkedin", stepId: "turn-off-genai-improvement", done: true }),
    });
    expect(res.status).toBe(200);
  });
});

describe("unsubscribe links", () => {
  it("GET only shows a confirmation; the button unsubscribes; a token with extra characters is refused", async () => {
    const user = await signedInUser();
    await sql.query(`UPDATE "User" SET "reminderMonths" = 6 WHERE id = $1`, [user.id]);
    const token = unsubscribeToken(process.env.AUTH_SECRET!, user.id);
    const page = await rawRequest(`/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Stop reminders");
    const still = await sql.query(`SELECT "reminderMonths" FROM "User" WHERE id = $1`, [user.id]);
    expect(still.rows[0].reminderMonths).toBe(6);

    const tampered = await rawRequest("/api/unsubscribe", { method: "POST", headers: { ...FORM, origin: BASE_URL }, body: new URLSearchParams({ token: `${token}x` }).toString() });
    expect(new URL(String(tampered.headers.location)).search).toBe("?invalid=1");
    const done = await rawRequest("/api/unsubscribe", { method: "POST", headers: { ...FORM, origin: BASE_URL }, body: new URLSearchParams({ token }).toString() });
    expect(done.status).toBe(303);
    const after = await sql.query(`SELECT "reminderMonths" FROM "User" WHERE id = $1`, [user.id]);
    expect(after.rows[0].reminderMonths).toBeNull();
  });

  it("one-click POST from a mail client (RFC 8058) works with the token in the URL", async () => {
    const user = await signedInUser();
    await sql.query(`UPDATE "User" SET "reminderMonths" = 3 WHERE id = $1`, [user.id]);
    const token = unsubscribeToken(process.env.AUTH_SECRET!, user.id);
    const res = await rawRequest(`/api/unsubscribe?token=${encodeURIComponent(token)}`, { method: "POST", headers: FORM, body: "List-Unsubscribe=One-Click" });
    expect(res.status).toBe(200);
    const after = await sql.query(`SELECT "reminderMonths" FROM "User" WHERE id = $1`, [user.id]);
    expect(after.rows[0].reminderMonths).toBeNull();
  });
});

describe("bad input never gives a 500", () => {
  it.each(["/signin?error=__proto__", "/signin?error=constructor", "/signin?error=toString", "/report?result=__proto__", "/report?result=constructor&guide=__proto__"])("%s", async (url) => {
    const res = await rawRequest(url);
    expect(res.status).toBe(200);
  });

  it("/guides/%ZZ is a 4xx", async () => {
    const res = await rawRequest("/guides/%ZZ");
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it("a NUL character in a report is a 422", async () => {
    const res = await rawRequest("/api/reports", {
      method: "POST",
      localAddress: freshLoopbackAddress(),
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ guide: "linkedin", stepId: "turn-off-genai-improvement", message: "nul \u0000 inside" }),
    });
    expect(res.status).toBe(422);
  });
});
