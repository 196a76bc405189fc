/**
 * Plain HTTP clients against the production server that scripts/test.ts started: anonymous, with a
 * forged session cookie, or signed in through the real magic-link flow (CSRF token → Auth.js's
 * nodemailer endpoint → the mail file → the callback link → the session cookie). Also: calling
 * server actions the way React's client does (Next-Action header + an encodeReply body), with ids
 * read from the build's server-reference manifest.
 *
 * node:http rather than fetch, so that nothing is added or normalised behind the test's back (no
 * automatic Origin, raw bodies, any Content-Type, any path), and so each client can pick its own
 * loopback source address: rate limits count the TCP peer, and 127.0.0.0/8 all reaches this machine.
 */
import http from "node:http";
import { randomInt, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";

export const BASE_URL = process.env.E2E_BASE_URL ?? "";
const MAIL_DIR = process.env.MAIL_DIR ?? "";
export const SESSION_COOKIE = "authjs.session-token";

export type HttpResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The Location header resolved against BASE_URL, when there is one. */
  location: URL | null;
  /** name=value pairs from Set-Cookie. */
  cookies: Map<string, string>;
};

export type RequestOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Our own Origin is sent on non-GET requests unless this says otherwise (null: no Origin at all). */
  origin?: string | null;
  cookie?: string;
  localAddress?: string;
  timeoutMs?: number;
  /** Another port on this machine than BASE_URL's (one app process behind the edge), with BASE_URL's Host all the same. */
  port?: number;
};

function requireBaseUrl(): URL {
  if (!BASE_URL) throw new Error("E2E_BASE_URL is not set: run e2e tests through `npm test`.");
  return new URL(BASE_URL);
}

/** One request; never throws on a status, only on a broken connection or a timeout. */
export function request(pathAndQuery: string, options: RequestOptions = {}): Promise<HttpResponse> {
  const base = requireBaseUrl();
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { host: base.host, ...options.headers };
  const origin = options.origin === undefined ? (method === "GET" || method === "HEAD" ? null : base.origin) : options.origin;
  if (origin !== null && !Object.keys(headers).some((k) => k.toLowerCase() === "origin")) headers.origin = origin;
  if (options.cookie) headers.cookie = options.cookie;
  const body = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(options.body, "utf8");
  if (body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === "content-length")) headers["content-length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const req = http.request(
      // 127.0.0.1, not "localhost": the server listens on IPv4 only, and "localhost" may resolve to ::1.
      { host: "127.0.0.1", port: options.port ?? base.port, path: pathAndQuery, method, headers, localAddress: options.localAddress, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const cookies = new Map<string, string>();
          for (const line of res.headers["set-cookie"] ?? []) {
            const [pair] = line.split(";");
            const eq = pair!.indexOf("=");
            if (eq > 0) cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
          }
          let location: URL | null = null;
          try {
            location = res.headers.location ? new URL(res.headers.location, base) : null;
          } catch {
            // A Location no browser could follow (//evil.example%2F): the test reads the raw header.
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), location, cookies });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error(`timeout on ${method} ${pathAndQuery}`)));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A loopback address of its own (a fresh rate-limit bucket for the client that uses it). */
export function freshLoopbackAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(2, 255)}`;
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.untrain.invalid`;
}

/** A form body as the browser sends it without JavaScript. */
export function urlencoded(fields: Record<string, string> | [string, string][]): { body: string; contentType: string } {
  return { body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" };
}

/** multipart/form-data from name/value pairs (values may be raw bytes). */
export function multipart(fields: [string, string | Buffer][], boundary = `----untrain${randomUUID().replace(/-/g, "")}`): { body: Buffer; contentType: string } {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    const safeName = name.replace(/["\r\n]/g, (c) => encodeURIComponent(c));
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${safeName}"\r\n\r\n`, "utf8"), Buffer.isBuffer(value) ? value : Buffer.from(value, "utf8"), Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A client with cookies (a tiny jar) and a source address of its own. */
export class HttpClient {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly label: string,
    readonly localAddress: string = freshLoopbackAddress(),
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  get sessionToken(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }

  async send(pathAndQuery: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const res = await request(pathAndQuery, { localAddress: this.localAddress, ...options, cookie: [this.cookieHeader, options.cookie].filter(Boolean).join("; ") || undefined });
    for (const [name, value] of res.cookies) {
      if (value === "" || value === "deleted") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get(pathAndQuery: string, headers: Record<string, string> = {}) {
    return this.send(pathAndQuery, { headers });
  }

  /** POST with a JSON body; a string is sent as it is (for broken JSON). */
  postJson(pathAndQuery: string, value: unknown, headers: Record<string, string> = {}) {
    const body = typeof value === "string" ? value : JSON.stringify(value);
    return this.send(pathAndQuery, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
  }

  postForm(pathAndQuery: string, fields: Record<string, string> | [string, string][], headers: Record<string, string> = {}) {
    const { body, contentType } = urlencoded(fields);
    return this.send(pathAndQuery, { method: "POST", body, headers: { "content-type": contentType, ...headers } });
  }

  /** Calls a server action the way React's client does: see encodeActionArgs. */
  action(pagePath: string, actionId: string, args: ActionArg[], headers: Record<string, string> = {}) {
    const { body, contentType } = encodeActionArgs(args);
    return this.send(pagePath, { method: "POST", body, headers: { "next-action": actionId, "content-type": contentType, accept: "text/x-component", ...headers } });
  }

  async csrfToken(): Promise<string> {
    const res = await this.get("/api/auth/csrf");
    if (res.status !== 200) throw new Error(`GET /api/auth/csrf answered ${res.status}`);
    return (JSON.parse(res.body) as { csrfToken: string }).csrfToken;
  }
}

/** A client with a session cookie that matches no session (a random token of the right shape). */
export function forgedClient(label = "forged"): HttpClient {
  const client = new HttpClient(label);
  client.cookies.set(SESSION_COOKIE, randomUUID());
  return client;
}

type MailFile = { to: string; url: string; createdAt: string };

/** The newest mail to `to` written at or after `since` whose link matches, waiting for it to appear. */
export async function waitForMail(to: string, since: number, match: (m: MailFile) => boolean = () => true, timeoutMs = 15_000): Promise<MailFile> {
  if (!MAIL_DIR) throw new Error("MAIL_DIR is not set: run e2e tests through `npm test`.");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = readdirSync(MAIL_DIR)
      .filter((f) => f.endsWith(".json"))
      .map((f) => {
        try {
          return JSON.parse(readFileSync(path.join(MAIL_DIR, f), "utf8")) as MailFile;
        } catch {
          return null; // being written
        }
      })
      .filter((m): m is MailFile => !!m && m.to === to && Date.parse(m.createdAt) >= since - 1000 && match(m))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    if (mails[0]) return mails[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No mail to ${to} arrived in ${MAIL_DIR} (a sign-in rate limit, or the mail-to-files switch?)`);
}

/**
 * Signs in through the real magic-link flow, as a script without JavaScript would, and returns the
 * signed-in client. Throws when any step does not answer as Auth.js should.
 */
export async function signInByMail(email: string, label = email): Promise<HttpClient> {
  const client = new HttpClient(label);
  const csrfToken = await client.csrfToken();
  const since = Date.now();
  const asked = await client.postForm("/api/auth/signin/nodemailer", { email, csrfToken, callbackUrl: "/checklist" });
  // Auth.js answers with its verify-request page (ours is /signin/check-email); either way a same-site redirect.
  if (asked.status !== 302 || asked.location?.origin !== requireBaseUrl().origin || asked.location.searchParams.has("error")) {
    throw new Error(`sign-in request for ${email} answered ${asked.status} → ${asked.location}`);
  }
  const mail = await waitForMail(email, since, (m) => m.url.includes("/signin/confirm"));
  const link = new URL(mail.url);
  if (link.origin !== requireBaseUrl().origin) throw new Error(`sign-in link ${mail.url} is not on ${BASE_URL}`);
  const confirmation = await client.get(`${link.pathname}${link.search}`);
  if (confirmation.status !== 200 || client.sessionToken) throw new Error(`sign-in link for ${email} answered ${confirmation.status} (a session before the button?)`);
  const landed = await pressSignIn(client, confirmation.body);
  if (landed.status !== 302 || !client.sessionToken) throw new Error(`sign-in button for ${email} answered ${landed.status} → ${landed.location} without a session`);
  return client;
}

/** The confirmation page's form, sent as the browser sends it when the reader presses "Sign in as …". */
export function confirmationForm(html: string): { action: string; fields: [string, string][] } {
  const form = /<form([^>]*)>([\s\S]*?)<\/form>/.exec(html);
  const action = form && / method="post"/.test(form[1]!) ? / action="([^"]+)"/.exec(form[1]!)?.[1] : undefined;
  if (!form || !action) throw new Error("no sign-in form on the confirmation page");
  const unescape = (v: string) => v.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  const fields = [...form[2]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)] as [string, string]);
  return { action: unescape(action), fields };
}

export function pressSignIn(client: HttpClient, confirmationPage: string): Promise<HttpResponse> {
  const { action, fields } = confirmationForm(confirmationPage);
  return client.postForm(action, fields);
}

/** A further session for an existing user, straight in the database (for tests that end sessions). */
export async function mintSession(sql: pg.Pool, userId: string, label = "minted"): Promise<HttpClient> {
  const token = randomUUID();
  await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 hour', now())`, [token, userId]);
  const client = new HttpClient(label);
  client.cookies.set(SESSION_COOKIE, token);
  return client;
}

// ---------------------------------------------------------------------------------------------
// Server actions

/** A FormData argument: name/value pairs, in order (names may repeat). */
export type FormArg = { form: [string, string][] };
export type ActionArg = FormArg | null | boolean | number | string | Record<string, unknown> | unknown[];

function isFormArg(value: unknown): value is FormArg {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Array.isArray((value as FormArg).form) && Object.keys(value).length === 1;
}

/**
 * React's encodeReply for the argument shapes actions get: plain JSON values, and FormData as
 * "$K<id>" with its entries under "_<id>_<name>". Without FormData arguments the body is JSON as
 * text/plain, as the client sends it.
 */
export function encodeActionArgs(args: ActionArg[]): { body: Buffer | string; contentType: string } {
  const fields: [string, string][] = [];
  let nextId = 1;
  const root = args.map((arg) => {
    if (!isFormArg(arg)) return arg;
    const id = nextId++;
    for (const [name, value] of arg.form) fields.push([`_${id}_${name}`, value]);
    return `$K${id.toString(16)}`;
  });
  if (!fields.length) return { body: JSON.stringify(root), contentType: "text/plain;charset=UTF-8" };
  return multipart([...fields, ["0", JSON.stringify(root)]]);
}

export type ActionOutcome =
  | { kind: "state"; state: Record<string, unknown> | null }
  | { kind: "redirect"; location: string }
  | { kind: "thrown"; digest: string }
  | { kind: "other"; status: number };

/**
 * What an action call ended in: the returned state (the row that "0:"'s "a" points to), a redirect
 * (Next answers 303 with Location for a redirect() inside an action), or a thrown error.
 */
export function actionOutcome(res: HttpResponse): ActionOutcome {
  if (res.status >= 300 && res.status < 400 && res.location) return { kind: "redirect", location: `${res.location.pathname}${res.location.search}` };
  const redirectHeader = res.headers["x-action-redirect"];
  if (typeof redirectHeader === "string") return { kind: "redirect", location: redirectHeader.split(";")[0]! };
  const rows = new Map<string, string>();
  for (const line of res.body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0 && /^[0-9a-f]+$/.test(line.slice(0, colon))) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const head = rows.get("0");
  if (!head) return { kind: "other", status: res.status };
  let ref: unknown;
  try {
    ref = (JSON.parse(head) as { a?: unknown }).a;
  } catch {
    return { kind: "other", status: res.status };
  }
  if (typeof ref !== "string" || !ref.startsWith("$@")) return { kind: "other", status: res.status };
  const row = rows.get(ref.slice(2));
  if (row === undefined) return { kind: "other", status: res.status };
  if (row.startsWith("E")) return { kind: "thrown", digest: String((JSON.parse(row.slice(1)) as { digest?: string }).digest ?? "") };
  try {
    const value = JSON.parse(row) as unknown;
    return { kind: "state", state: value && typeof value === "object" ? (value as Record<string, unknown>) : null };
  } catch {
    return { kind: "other", status: res.status };
  }
}

export type ActionRef = { id: string; file: string; exportedName: string; pages: string[] };

/** Every server action of the build: .next/server/server-reference-manifest.json (run after `next build`). */
export function builtActions(root = path.resolve(import.meta.dirname, "../..")): ActionRef[] {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, file: entry.filename, exportedName: entry.exportedName, pages: Object.keys(entry.workers) }));
}

/** The id of `file#exportedName` in this build. */
export function actionId(file: string, exportedName: string): string {
  const found = builtActions().find((a) => a.file === file && a.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${file}#${exportedName} in the build: rebuild, or update the test.`);
  return found.id;
}
