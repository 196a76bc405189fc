/**
 * Issue 15 item 7: with SITE_URL on https, cookies are Secure and __Secure- prefixed even when the
 * request reaches the app over plain http without X-Forwarded-Proto (a proxy that does not say), and
 * only the __Secure- name is read: a plain `authjs.session-token` can be planted over http or from a
 * sibling subdomain. A second production server of the same build, with an https SITE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { freePort, startProductionServer } from "../../scripts/harness";
import { confirmationForm, uniqueEmail, waitForMail } from "../support/http";

const SITE = "https://secure.untrain.test";
const HOST = new URL(SITE).host;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
let port = 0;
let stop = () => {};

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** Plain http to the second server, with SITE_URL's Host (as a TLS-terminating proxy would pass it) and no X-Forwarded-Proto. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: { host: HOST, ...options.headers, ...(options.body !== undefined ? { "content-length": String(Buffer.byteLength(options.body)) } : {}) }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const setCookies = (res: Answer) => res.headers["set-cookie"] ?? [];
const cookiePairs = (...answers: Answer[]) => answers.flatMap(setCookies).map((c) => c.split(";")[0]).join("; ");

beforeAll(async () => {
  port = await freePort();
  const server = await startProductionServer(port, { ...process.env, NODE_ENV: "production", SITE_URL: SITE, MAIL_TO_FILES: "1" }, 110_000);
  stop = server.stop;
}, 120_000);
afterAll(async () => {
  stop();
  await sql.end();
});

async function sessionFor(email: string): Promise<string> {
  const { rows } = await sql.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now()) RETURNING id`, [`u${randomUUID().replace(/-/g, "")}`, email]);
  const token = randomUUID();
  await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 hour', now())`, [token, rows[0].id]);
  return token;
}

describe("cookies on an https SITE_URL (item 7)", () => {
  it("reads only the __Secure- session cookie: an unprefixed one (planted over http or by a subdomain) is no session", async () => {
    const email = uniqueEmail("planted");
    const token = await sessionFor(email);
    const planted = await send("/api/auth/session", { headers: { cookie: `authjs.session-token=${token}` } });
    expect(planted.status).toBe(200);
    expect(JSON.parse(planted.body)).toBeNull();
    const account = await send("/account", { headers: { cookie: `authjs.session-token=${token}` } });
    expect(account.status).toBe(307);
    const secure = await send("/api/auth/session", { headers: { cookie: `__Secure-authjs.session-token=${token}` } });
    expect(JSON.parse(secure.body)).toEqual({ user: { email, name: null } });
  });

  it("sets the session cookie Secure and __Secure- prefixed although the request came over http", async () => {
    const email = uniqueEmail("https");
    const csrf = await send("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    for (const cookie of setCookies(csrf)) expect(cookie).toMatch(/^__(Host|Secure)-.*;\s*Secure/i);
    const since = Date.now();
    const asked = await send("/api/auth/signin/nodemailer", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: SITE, cookie: cookiePairs(csrf) },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: "/checklist" }).toString(),
    });
    expect(asked.status).toBe(302);
    const mail = await waitForMail(email, since);
    const link = new URL(mail.url);
    expect(link.origin).toBe(SITE);
    const page = await send(`${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    const { action, fields } = confirmationForm(page.body);
    const landed = await send(action, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: SITE }, body: new URLSearchParams(fields).toString() });
    expect(landed.status).toBe(302);
    const session = setCookies(landed).find((c) => c.includes("session-token="));
    expect(session).toMatch(/^__Secure-authjs\.session-token=[^;]+;/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
  });
});
