/**
 * Authorization matrix: every route handler, server action and per-user page of the app, called by
 * three identities (anonymous, a forged session cookie, and a signed-in user B who goes after user
 * A's data), against the production server.
 *
 * The endpoint list is read from the app/ tree and the build's server-reference manifest; the test
 * fails when an endpoint has no expectation here, so a new route cannot be forgotten. Around every
 * call A's rows (User, StepCompletion, Session) are read straight from PostgreSQL: any difference is a
 * cross-user write. Every answer is searched for A's email, id, session token and tick dates: a hit
 * is a cross-user read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import pg from "pg";
import { stepManifest } from "@/lib/content/guides";
import { requestSteps } from "@/lib/requests/request-steps";
import { unsubscribeToken } from "@/lib/jobs/reminders";
import { pages, routeHandlers, serverActionSources } from "../support/app-routes";
import {
  actionId,
  actionOutcome,
  builtActions,
  forgedClient,
  HttpClient,
  mintSession,
  signInByMail,
  SESSION_COOKIE,
  uniqueEmail,
  type HttpResponse,
} from "../support/http";

const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
afterAll(() => sql.end());

type Identity = "anonymous" | "forged" | "userB";
const IDENTITIES: Identity[] = ["anonymous", "forged", "userB"];

type User = { id: string; email: string; client: HttpClient };
/** Step ids of a guide with at least two steps. */
type Steps = [string, string, ...string[]];

/** Everything the probes need: both users, the guides and steps they use, the action ids. */
type Ctx = {
  a: User;
  b: User;
  /** A's guide: only A ticks it. B's page must never link to one of its steps. */
  ga: string;
  gaSteps: Steps;
  /** The guide both tick: B tries to change A's rows on it. */
  gs: string;
  gsSteps: Steps;
  actions: Record<string, string>;
  /** Two request steps A tracks (the first with a reference that must never reach anyone else); B may track the first for himself. */
  requests: [{ guide: string; stepId: string }, { guide: string; stepId: string }];
  aReference: string;
};

type Probe = {
  name: string;
  /** 1 reads, 2 writes, 3 ending sessions and deleting the account (B's last calls). */
  phase: 1 | 2 | 3;
  /** One call, or several of a kind (all of them are searched for A's data and for 500s). */
  send: (client: HttpClient, ctx: Ctx, who: Identity) => Promise<HttpResponse | HttpResponse[]>;
  /** Throws (expect) when an answer is not what this identity must get; runs on each answer. */
  check: (res: HttpResponse, ctx: Ctx, who: Identity) => void | Promise<void>;
};

type Endpoint = { key: string; probes: Probe[] };

// ---------------------------------------------------------------------------------------------
// Expectations

function json(res: HttpResponse): unknown {
  try {
    return JSON.parse(res.body);
  } catch {
    throw new Error(`not JSON (${res.status}): ${res.body.slice(0, 200)}`);
  }
}

function expectSignedOut401(res: HttpResponse) {
  expect(res.status, res.body.slice(0, 200)).toBe(401);
  expect(json(res)).toEqual({ error: expect.stringMatching(/sign in/i), code: "signed-out" });
}

function expectActionError(res: HttpResponse, message: RegExp) {
  expect(res.status, res.body.slice(0, 300)).toBe(200);
  const outcome = actionOutcome(res);
  expect(outcome.kind === "state" ? outcome.state : outcome).toEqual({ error: expect.stringMatching(message) });
}

function expectActionOk(res: HttpResponse, message: RegExp) {
  expect(res.status, res.body.slice(0, 300)).toBe(200);
  const outcome = actionOutcome(res);
  expect(outcome.kind === "state" ? outcome.state : outcome).toEqual({ ok: expect.stringMatching(message) });
}

function expectActionRedirect(res: HttpResponse, pathnames: string[]) {
  expect(res.status, res.body.slice(0, 300)).toBeLessThan(400);
  const outcome = actionOutcome(res);
  expect(outcome.kind, JSON.stringify(outcome)).toBe("redirect");
  const target = new URL((outcome as { location: string }).location, process.env.E2E_BASE_URL);
  expect(target.origin).toBe(new URL(process.env.E2E_BASE_URL!).origin);
  expect(pathnames).toContain(target.pathname);
}

function expectRedirect(res: HttpResponse, pathname: string, status?: number) {
  if (status) expect(res.status).toBe(status);
  else expect([302, 303, 307, 308]).toContain(res.status);
  expect(res.location?.origin).toBe(new URL(process.env.E2E_BASE_URL!).origin);
  expect(res.location?.pathname).toBe(pathname);
}

const signedOut = (who: Identity) => who !== "userB";
/** The check-email page, or Auth.js's verify-request URL that redirects there. */
const NEUTRAL_SIGN_IN = ["/signin/check-email", "/api/auth/verify-request"];

async function ticksOf(userId: string) {
  const { rows } = await sql.query(`SELECT guide, "stepId" FROM "StepCompletion" WHERE "userId" = $1 ORDER BY guide, "stepId"`, [userId]);
  return rows as { guide: string; stepId: string }[];
}

async function planOf(userId: string) {
  const { rows } = await sql.query(`SELECT guides, region FROM "Plan" WHERE "userId" = $1`, [userId]);
  return rows[0] as { guides: string[]; region: string | null } | undefined;
}

async function localeOf(userId: string) {
  const { rows } = await sql.query(`SELECT locale FROM "User" WHERE id = $1`, [userId]);
  return (rows[0] as { locale: string | null } | undefined)?.locale ?? null;
}

async function requestsOf(userId: string) {
  const { rows } = await sql.query(`SELECT guide, "stepId", state, extended FROM "TrackedRequest" WHERE "userId" = $1 ORDER BY guide, "stepId"`, [userId]);
  return rows as { guide: string; stepId: string; state: string; extended: boolean }[];
}

async function sessionExists(token: string) {
  return (await sql.query(`SELECT 1 FROM "Session" WHERE "sessionToken" = $1`, [token])).rowCount === 1;
}

/** A token with A's id and a signature that is not A's (B's signature, or random bytes). */
function forgedUnsubscribeTokens(ctx: Ctx): string[] {
  const bToken = unsubscribeToken(process.env.AUTH_SECRET!, ctx.b.id);
  const [, expires, signature] = bToken.split(".");
  return [`${ctx.a.id}.${expires}.${signature}`, `${ctx.a.id}.${expires}.${randomBytes(32).toString("base64url")}`];
}

const EDITOR_ACTIONS_FILE = "lib/editor/actions.ts";
const EDITOR_ACTIONS = ["resolveReportAction", "resolveStepAction", "markDuplicateAction", "reopenReportAction"] as const;

/** The site's 404 page, and nothing of the editor desk. */
function expectNotFound(res: HttpResponse) {
  expect(res.status, res.body.slice(0, 200)).toBe(404);
  expect(res.body).not.toMatch(/Editor desk|Due for a re-check|"ok"/);
}

/** A report on the shared guide, in the state an editor action would change. */
async function deskReport(ctx: Ctx, status: "open" | "resolved"): Promise<string> {
  const id = `r${randomBytes(12).toString("hex")}`;
  await sql.query(`INSERT INTO "StepReport" (id, guide, "stepId", message, status, "handledAt") VALUES ($1, $2, $3, 'authz matrix report', $4, $5)`, [
    id,
    ctx.gs,
    ctx.gsSteps[0],
    status,
    status === "open" ? null : new Date(),
  ]);
  return id;
}

async function reportRow(id: string) {
  return (await sql.query(`SELECT status, note, "handledAt" FROM "StepReport" WHERE id = $1`, [id])).rows[0];
}

// ---------------------------------------------------------------------------------------------
// The matrix: one entry per route handler method, server action and per-user page.

const route = (key: string, ...probes: Probe[]): Endpoint => ({ key: `route ${key}`, probes });
const action = (file: string, name: string, ...probes: Probe[]): Endpoint => ({ key: `action ${file}#${name}`, probes });
const page = (path: string, ...probes: Probe[]): Endpoint => ({ key: `page ${path}`, probes });

/** A static JSON file built at `next build`: the same answer for everyone, nothing of anyone's. */
const staticIndex = (path: string, what: string): Endpoint =>
  route(`GET ${path}`, {
    name: `GET ${path} (${what}: the same for everyone)`,
    phase: 1,
    send: (c) => c.get(path),
    check: async (res, ctx) => {
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toMatch(/json/);
      expect(res.body).toBe((await new HttpClient("anonymous").get(path)).body);
      expect(res.body).not.toContain(ctx.b.email);
    },
  });

const MATRIX: Endpoint[] = [
  route("GET /api/me", {
    name: "GET /api/me?guide=<A's guide>",
    phase: 1,
    send: (c, ctx) => c.get(`/api/me?guide=${ctx.ga}`),
    check: async (res, ctx, who) => {
      // The page's one request: the account corner, the reader's own plan (B has none yet, and never A's), the reader's own ticks on the guide and the guide's public step stats.
      const stats = { days: 30, steps: expect.any(Object) };
      expect(res.status, res.body.slice(0, 200)).toBe(200);
      if (signedOut(who)) {
        expect(json(res)).toEqual({ user: null, plan: null, ticks: [], stats });
        return;
      }
      expect(json(res)).toEqual({ user: { email: ctx.b.email, name: null }, plan: null, ticks: [], stats });
    },
  }, {
    name: "GET /api/me (no guide)",
    phase: 2,
    send: (c) => c.get("/api/me"),
    check: async (res, ctx, who) => {
      expect(res.status).toBe(200);
      if (signedOut(who)) {
        expect(json(res)).toEqual({ user: null, plan: null, ticks: [], stats: null });
        return;
      }
      expect(json(res)).toEqual({ user: { email: ctx.b.email, name: null }, plan: null, ticks: [], stats: null });
    },
  }),

  route("POST /api/progress", {
    name: "POST /api/progress untick A's step",
    phase: 2,
    send: (c, ctx) => c.postJson("/api/progress", { guide: ctx.ga, stepId: ctx.gaSteps[0], done: false }),
    check: (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status).toBe(200);
      expect(json(res)).toEqual({ tick: { guide: ctx.ga, stepId: ctx.gaSteps[0], done: false, completedAt: null } });
    },
  }, {
    name: "POST /api/progress tick the step A ticked",
    phase: 2,
    send: (c, ctx) => c.postJson("/api/progress", { guide: ctx.gs, stepId: ctx.gsSteps[0], done: true }),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status).toBe(200);
      expect(json(res)).toMatchObject({ tick: { guide: ctx.gs, stepId: ctx.gsSteps[0], done: true } });
      expect(await ticksOf(ctx.b.id)).toContainEqual({ guide: ctx.gs, stepId: ctx.gsSteps[0] });
    },
  }),

  route("POST /api/progress/merge", {
    name: "POST /api/progress/merge A's steps",
    phase: 2,
    send: (c, ctx) => c.postJson("/api/progress/merge", { ticks: [{ guide: ctx.gs, stepId: ctx.gsSteps[1], tickedAt: "2024-03-01T00:00:00Z" }, { guide: ctx.gs, stepId: ctx.gsSteps[0] }] }),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status).toBe(200);
      expect(json(res)).toEqual({ added: expect.any(Number), skipped: expect.any(Number) });
      expect(await ticksOf(ctx.b.id)).toContainEqual({ guide: ctx.gs, stepId: ctx.gsSteps[1] });
    },
  }),

  route("POST /api/reports", {
    name: "POST /api/reports (JSON, anyone may report)",
    phase: 2,
    send: (c, ctx) => c.postJson("/api/reports", { guide: ctx.gs, stepId: ctx.gsSteps[0], message: `authz matrix report ${randomUUID()}` }),
    check: (res) => {
      expect(res.status, res.body).toBe(200);
      expect(json(res)).toEqual({ report: { id: expect.any(String), createdAt: expect.any(String) } });
    },
  }, {
    name: "POST /api/reports (form, invalid)",
    phase: 2,
    send: (c, ctx) => c.postForm("/api/reports", { guide: ctx.gs, stepId: ctx.gsSteps[0], message: "no" }),
    check: (res) => {
      expectRedirect(res, "/report", 303);
      expect(res.location?.searchParams.get("result")).toBe("invalid");
    },
  }),

  route("PUT /api/plan", {
    name: "PUT /api/plan (own plan)",
    phase: 2,
    send: (c, ctx) => c.send("/api/plan", { method: "PUT", body: JSON.stringify({ guides: [ctx.gs], region: "US" }), headers: { "content-type": "application/json" } }),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(200);
      expect(json(res)).toEqual({ plan: { guides: [ctx.gs], region: "US" } });
      expect(await planOf(ctx.b.id)).toEqual({ guides: [ctx.gs], region: "US" });
    },
  }, {
    name: "PUT /api/plan naming A's user id",
    phase: 2,
    send: (c, ctx) => c.send("/api/plan", { method: "PUT", body: JSON.stringify({ guides: [ctx.ga], region: "UK", userId: ctx.a.id }), headers: { "content-type": "application/json" } }),
    check: (res, _ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(422);
    },
  }),

  route("POST /api/plan/merge", {
    name: "POST /api/plan/merge",
    phase: 2,
    send: (c, ctx) => c.postJson("/api/plan/merge", { guides: [ctx.ga], region: "UK" }),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(200);
      expect(json(res)).toEqual({ plan: { guides: [ctx.gs, ctx.ga], region: "US" } });
      expect(await planOf(ctx.b.id)).toEqual({ guides: [ctx.gs, ctx.ga], region: "US" });
    },
  }),

  route("PATCH /api/plan", {
    name: "PATCH /api/plan (own region)",
    phase: 2,
    send: (c) => c.send("/api/plan", { method: "PATCH", body: JSON.stringify({ region: "CH" }), headers: { "content-type": "application/json" } }),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(200);
      expect(json(res)).toEqual({ plan: { guides: [ctx.gs, ctx.ga], region: "CH" } });
      expect(await planOf(ctx.b.id)).toEqual({ guides: [ctx.gs, ctx.ga], region: "CH" });
    },
  }, {
    name: "PATCH /api/plan naming A's user id",
    phase: 2,
    send: (c, ctx) => c.send("/api/plan", { method: "PATCH", body: JSON.stringify({ region: "UK", userId: ctx.a.id }), headers: { "content-type": "application/json" } }),
    check: (res, _ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(422);
    },
  }),

  route("PUT /api/account/locale", {
    name: "PUT /api/account/locale (own language)",
    phase: 2,
    send: (c) => c.send("/api/account/locale", { method: "PUT", body: JSON.stringify({ locale: "fr" }), headers: { "content-type": "application/json" } }),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(200);
      expect(json(res)).toEqual({ locale: "fr" });
      expect(await localeOf(ctx.b.id)).toBe("fr");
      expect(await localeOf(ctx.a.id)).not.toBe("fr");
    },
  }, {
    name: "PUT /api/account/locale naming A's user id, or an unknown language",
    phase: 2,
    send: (c, ctx) => c.send("/api/account/locale", { method: "PUT", body: JSON.stringify({ locale: "de", userId: ctx.a.id }), headers: { "content-type": "application/json" } }),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(422);
      // A's language is whatever A's own sign-in stored (the page's); B's attempt must not change it.
      expect(await localeOf(ctx.a.id)).not.toBe("de");
    },
  }),

  route("GET /api/account/export", {
    name: "GET /api/account/export",
    phase: 1,
    send: (c) => c.get("/api/account/export"),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status).toBe(200);
      const data = json(res) as { email: string; ticks: unknown[] };
      expect(data.email).toBe(ctx.b.email);
      expect(data.ticks).toHaveLength((await ticksOf(ctx.b.id)).length);
    },
  }),

  route("POST /api/unsubscribe", {
    name: "POST /api/unsubscribe with A's id and a signature not A's (form)",
    phase: 2,
    send: (c, ctx) => Promise.all(forgedUnsubscribeTokens(ctx).map((token) => c.postForm("/api/unsubscribe", { token }))),
    check: (res) => {
      expectRedirect(res, "/unsubscribe/done", 303);
      expect(res.location?.search).toBe("?invalid=1");
    },
  }, {
    name: "POST /api/unsubscribe one-click with A's id and a signature not A's",
    phase: 2,
    send: (c, ctx) =>
      Promise.all(
        forgedUnsubscribeTokens(ctx).map((token) =>
          c.send(`/api/unsubscribe?token=${encodeURIComponent(token)}`, { method: "POST", origin: null, body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }),
        ),
      ),
    check: (res) => {
      expect(res.status).toBe(400);
      expect(json(res)).toEqual({ error: expect.stringMatching(/not valid/), code: "unsubscribe-invalid" });
    },
  }),

  route("GET /api/auth/[...nextauth]", {
    name: "GET /api/auth/session",
    phase: 1,
    send: (c) => c.get("/api/auth/session"),
    check: (res, ctx, who) => {
      expect(res.status).toBe(200);
      expect(json(res)).toEqual(signedOut(who) ? null : { user: { email: ctx.b.email, name: null } });
    },
  }, {
    name: "GET /api/auth/csrf, /providers, /signin, /signout, /error, /<unknown>",
    phase: 1,
    send: (c) => Promise.all(["/api/auth/csrf", "/api/auth/providers", "/api/auth/signin", "/api/auth/signout", "/api/auth/error", "/api/auth/no-such-action"].map((p) => c.get(p))),
    check: (res) => {
      // Auth.js's own pages and JSON; an unknown action is its 400. Nothing here depends on the user.
      expect([200, 302, 400]).toContain(res.status);
      if (res.status === 302) expect(res.location?.origin).toBe(new URL(process.env.E2E_BASE_URL!).origin);
    },
  }, {
    name: "GET /api/auth/callback/nodemailer with A's email and a made-up token",
    phase: 1,
    send: (c, ctx) => c.get(`/api/auth/callback/nodemailer?token=${randomBytes(32).toString("hex")}&email=${encodeURIComponent(ctx.a.email)}`),
    check: (res) => {
      // A GET never spends a token: it is sent to the confirmation page (lib/auth/sign-in-confirm.ts).
      expectRedirect(res, "/signin/confirm", 303);
      expect(res.cookies.get(SESSION_COOKIE) ?? "").toBe("");
    },
  }),

  route("POST /api/auth/[...nextauth]", {
    name: "POST /api/auth/callback/nodemailer (the confirmation button) with A's email and a made-up token",
    phase: 2,
    send: (c, ctx) => c.postForm("/api/auth/callback/nodemailer", { token: randomBytes(32).toString("hex"), email: ctx.a.email, callbackUrl: "/checklist" }),
    check: (res) => {
      expectRedirect(res, "/signin");
      expect(res.location?.searchParams.get("error")).toBe("Verification");
      expect(res.cookies.get(SESSION_COOKIE) ?? "").toBe("");
    },
  }, {
    name: "POST /api/auth/signin/nodemailer for A's email",
    phase: 2,
    send: async (c, ctx) => c.postForm("/api/auth/signin/nodemailer", { email: ctx.a.email, csrfToken: await c.csrfToken(), callbackUrl: "/checklist" }),
    check: (res) => {
      expect(res.status).toBe(302);
      expect(NEUTRAL_SIGN_IN).toContain(res.location?.pathname);
      expect(res.cookies.get(SESSION_COOKIE) ?? "").toBe("");
    },
  }, {
    name: "POST /api/auth/signin/nodemailer without a CSRF token",
    phase: 2,
    send: (c, ctx) => c.postForm("/api/auth/signin/nodemailer", { email: ctx.a.email }),
    check: (res) => {
      // Auth.js refuses it; once A's address is over its sign-in limit, our limiter answers first, as neutrally.
      expect(res.status).toBe(302);
      if (res.location?.pathname === "/signin") expect(res.location.searchParams.get("error")).toBe("MissingCSRF");
      else expect(NEUTRAL_SIGN_IN).toContain(res.location?.pathname);
      expect(res.cookies.get(SESSION_COOKIE) ?? "").toBe("");
    },
  }, {
    name: "POST /api/auth/signout (B: a second session of B's)",
    phase: 3,
    send: async (c, ctx, who) => {
      const client = who === "userB" ? await mintSession(sql, ctx.b.id, "b-signout-route") : c;
      const token = client.sessionToken;
      const res = await client.postForm("/api/auth/signout", { csrfToken: await client.csrfToken(), callbackUrl: "/" });
      if (who === "userB") expect(await sessionExists(token!), "B's signed-out session is gone").toBe(false);
      return res;
    },
    check: async (res, ctx) => {
      expect(res.status).toBe(302);
      expect(res.location?.origin).toBe(new URL(process.env.E2E_BASE_URL!).origin);
      expect(await sessionExists(ctx.b.client.sessionToken!), "B's first session is untouched").toBe(true);
    },
  }),

  staticIndex("/guides/index.json", "the static search index"),
  staticIndex("/plan/index.json", "the static plan index"),


  route("GET /api/health", {
    name: "GET /api/health (liveness: the same for everyone, no database)",
    phase: 1,
    send: (c) => c.get("/api/health"),
    check: (res) => {
      expect(res.status).toBe(200);
      expect(json(res)).toEqual({ ok: true });
      expect(res.headers["cache-control"]).toMatch(/no-store/);
    },
  }),

  route("GET /api/requests", {
    name: "GET /api/requests",
    phase: 1,
    send: (c) => c.get("/api/requests"),
    check: (res, _ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(200);
      expect(json(res)).toEqual({ requests: [] });
    },
  }),

  route("POST /api/requests", {
    name: "POST /api/requests (B marks the same step sent, for himself)",
    phase: 2,
    send: (c, ctx) => c.postJson("/api/requests", { ...ctx.requests[0], sentOn: "2026-11-02", channel: "form" }),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(200);
      expect(await requestsOf(ctx.b.id)).toEqual([{ ...ctx.requests[0], state: "sent", extended: false }]);
    },
  }, {
    name: "POST /api/requests naming A's user id",
    phase: 2,
    send: (c, ctx) => c.postJson("/api/requests", { ...ctx.requests[1], sentOn: "2026-11-02", channel: "form", userId: ctx.a.id }),
    check: (res, _ctx, who) => (signedOut(who) ? expectSignedOut401(res) : expect(res.status, res.body).toBe(422)),
  }),

  route("PATCH /api/requests", {
    name: "PATCH /api/requests on A's request",
    phase: 2,
    send: (c, ctx) => c.send("/api/requests", { method: "PATCH", body: JSON.stringify({ action: "closed", ...ctx.requests[1] }), headers: { "content-type": "application/json" } }),
    check: (res, _ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(404);
      expect(json(res)).toEqual({ error: "You are not tracking that request.", code: "not-tracked" });
    },
  }),

  route("DELETE /api/requests", {
    name: "DELETE /api/requests on A's request (idempotent, only B's rows)",
    phase: 2,
    send: (c, ctx) => c.send("/api/requests", { method: "DELETE", body: JSON.stringify(ctx.requests[1]), headers: { "content-type": "application/json" } }),
    check: (res, _ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(200);
      expect(json(res)).toEqual({ stopped: true });
    },
  }),

  route("POST /api/requests/merge", {
    name: "POST /api/requests/merge",
    phase: 2,
    send: (c, ctx) => c.postJson("/api/requests/merge", { requests: [{ ...ctx.requests[1], sentOn: "2026-11-03", channel: "email" }] }),
    check: (res, _ctx, who) => {
      if (signedOut(who)) return expectSignedOut401(res);
      expect(res.status, res.body).toBe(200);
    },
  }),

  action("lib/requests/actions.ts", "extendedAction", {
    name: "extendedAction on A's request",
    phase: 2,
    send: (c, ctx) => c.action("/checklist", ctx.actions.extendedAction!, [{}, { form: [["guide", ctx.requests[0].guide], ["stepId", ctx.requests[0].stepId], ["extended", "true"]] }]),
    check: (res, _ctx, who) => {
      if (signedOut(who)) return expectActionError(res, /session has ended/);
      // B tracks the same step himself by now: only B's row may change (the snapshot checks A's). Whether B's law
      // allows an extension depends on the region B's plan has reached in this phase.
      expect(res.status, res.body.slice(0, 300)).toBe(200);
      const outcome = actionOutcome(res);
      const state = (outcome.kind === "state" ? outcome.state : {}) as { ok?: string; error?: string };
      expect(state.ok ?? state.error).toMatch(/Deadline extended|nothing to extend/);
    },
  }),

  action("lib/requests/actions.ts", "answeredAction", {
    name: "answeredAction on a request B does not track",
    phase: 1,
    send: (c, ctx) => c.action("/checklist", ctx.actions.answeredAction!, [{}, { form: [["guide", ctx.requests[1].guide], ["stepId", ctx.requests[1].stepId], ["outcome", "refused"], ["answeredOn", "2026-11-20"]] }]),
    check: (res, _ctx, who) => expectActionError(res, signedOut(who) ? /session has ended/ : /not tracking/),
  }),

  action("lib/requests/actions.ts", "closedAction", {
    name: "closedAction on a request B does not track",
    phase: 1,
    send: (c, ctx) => c.action("/checklist", ctx.actions.closedAction!, [{}, { form: [["guide", ctx.requests[1].guide], ["stepId", ctx.requests[1].stepId], ["reopen", "false"]] }]),
    check: (res, _ctx, who) => expectActionError(res, signedOut(who) ? /session has ended/ : /not tracking/),
  }),

  action("lib/requests/actions.ts", "stopTrackingAction", {
    name: "stopTrackingAction on A's request",
    phase: 1,
    send: (c, ctx) => c.action("/checklist", ctx.actions.stopTrackingAction!, [{}, { form: [["guide", ctx.requests[1].guide], ["stepId", ctx.requests[1].stepId]] }]),
    check: (res, _ctx, who) => (signedOut(who) ? expectActionError(res, /session has ended/) : expectActionOk(res, /No longer tracked/)),
  }),

  action("lib/requests/actions.ts", "requestRemindersAction", {
    name: "requestRemindersAction",
    phase: 2,
    send: (c, ctx) => c.action("/checklist", ctx.actions.requestRemindersAction!, [{}, { form: [["on", "true"]] }]),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectActionError(res, /session has ended/);
      expectActionOk(res, /We will email you/);
      expect((await sql.query(`SELECT "requestReminders" FROM "User" WHERE id = $1`, [ctx.b.id])).rows[0].requestReminders).toBe(true);
    },
  }),

  route("GET /feed.xml", {
    name: "GET /feed.xml",
    phase: 1,
    send: (c) => c.get("/feed.xml"),
    check: (res) => {
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toMatch(/atom/);
    },
  }),

  action("lib/progress/actions.ts", "recheckAction", {
    name: "recheckAction on A's changed step",
    phase: 2,
    send: (c, ctx) => c.action("/checklist", ctx.actions.recheckAction!, [{}, { form: [["guide", ctx.ga], ["stepId", ctx.gaSteps[0]]] }]),
    check: (res, ctx, who) => expectActionError(res, signedOut(who) ? /session has ended/ : /not ticked that step/),
  }, {
    name: "recheckAction on A's whole guide",
    phase: 2,
    send: (c, ctx) => c.action("/checklist", ctx.actions.recheckAction!, [{}, { form: [["guide", ctx.ga]] }]),
    check: (res, ctx, who) => (signedOut(who) ? expectActionError(res, /session has ended/) : expectActionOk(res, /^0 steps marked/)),
  }),

  action("lib/progress/actions.ts", "reminderAction", {
    name: "reminderAction",
    phase: 2,
    send: (c, ctx) => c.action("/checklist", ctx.actions.reminderAction!, [{}, { form: [["months", "12"]] }]),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectActionError(res, /session has ended/);
      expectActionOk(res, /every 12 months/);
      expect((await sql.query(`SELECT "reminderMonths" FROM "User" WHERE id = $1`, [ctx.b.id])).rows[0].reminderMonths).toBe(12);
    },
  }),

  action("lib/account/actions.ts", "deleteAccountAction", {
    name: "deleteAccountAction without the confirmation (anonymous, forged: confirmed)",
    phase: 2,
    send: (c, ctx, who) => c.action("/account", ctx.actions.deleteAccountAction!, [{}, { form: signedOut(who) ? [["confirm", "yes"]] : [] }]),
    check: (res, ctx, who) => expectActionError(res, signedOut(who) ? /session has ended/ : /Tick the box/),
  }, {
    name: "deleteAccountAction confirmed (B's account, last of all)",
    phase: 3,
    send: (c, ctx) => c.action("/account", ctx.actions.deleteAccountAction!, [{}, { form: [["confirm", "yes"]] }]),
    check: async (res, ctx, who) => {
      if (signedOut(who)) return expectActionError(res, /session has ended/);
      expectActionRedirect(res, ["/account/deleted"]);
      expect((await sql.query(`SELECT 1 FROM "User" WHERE id = $1`, [ctx.b.id])).rowCount).toBe(0);
    },
  }),

  action("lib/account/actions.ts", "signOutAction", {
    name: "signOutAction (B: a second session of B's)",
    phase: 3,
    send: async (c, ctx, who) => {
      const client = who === "userB" ? await mintSession(sql, ctx.b.id, "b-signout-action") : c;
      const token = client.sessionToken;
      const res = await client.action("/account", ctx.actions.signOutAction!, [{ form: [] }]);
      if (who === "userB") expect(await sessionExists(token!), "B's signed-out session is gone").toBe(false);
      return res;
    },
    check: async (res, ctx) => {
      expectActionRedirect(res, ["/"]);
      expect(await sessionExists(ctx.b.client.sessionToken!), "B's first session is untouched").toBe(true);
    },
  }),

  action("lib/auth/actions.ts", "requestSignInLink", {
    name: "requestSignInLink for A's email",
    phase: 2,
    send: (c, ctx) => c.action("/signin", ctx.actions.requestSignInLink!, [{}, { form: [["email", ctx.a.email], ["callbackUrl", "/account"]] }]),
    check: (res) => expectActionRedirect(res, NEUTRAL_SIGN_IN),
  }, {
    name: "requestSignInLink with no form",
    phase: 2,
    send: (c, ctx) => c.action("/signin", ctx.actions.requestSignInLink!, [{}, null]),
    check: (res) => expectActionError(res, /could not be read/),
  }),

  action("lib/auth/actions.ts", "signInWithProvider", {
    name: "signInWithProvider (providers that are off, or do not exist)",
    phase: 2,
    send: (c, ctx) => Promise.all(["github", "google", "nodemailer", "__proto__"].map((provider) => c.action("/signin", ctx.actions.signInWithProvider!, [{ form: [["provider", provider]] }]))),
    check: (res) => expectActionRedirect(res, ["/signin", "/api/auth/signin"]),
  }),

  // The editor desk: nobody in this matrix is an editor, so every page and action is the site's 404,
  // whatever is posted, and no report changes (tests/e2e/editor.test.ts covers the editor's side).
  ...EDITOR_ACTIONS.map((name) =>
    action(EDITOR_ACTIONS_FILE, name, {
      name: `${name} (not an editor: 404)`,
      phase: 2,
      send: async (c, ctx) => {
        const reportId = await deskReport(ctx, name === "reopenReportAction" ? "resolved" : "open");
        const before = await reportRow(reportId);
        const res = await c.action("/editor", ctx.actions[name]!, [{}, { form: [["reportId", reportId], ["guide", ctx.gs], ["stepId", ctx.gsSteps[0]], ["note", "authz matrix"]] }]);
        expect(await reportRow(reportId), "the report is unchanged").toEqual(before);
        return res;
      },
      check: expectNotFound,
    }),
  ),

  page("/editor", {
    name: "GET /editor (not an editor: 404)",
    phase: 1,
    send: (c, ctx) => Promise.all([c.get("/editor"), c.get(`/editor?guide=${ctx.gs}&state=all`)]),
    check: expectNotFound,
  }),

  page("/editor/stale", {
    name: "GET /editor/stale (not an editor: 404)",
    phase: 1,
    send: (c) => c.get("/editor/stale"),
    check: expectNotFound,
  }),

  page("/checklist", {
    name: "GET /checklist",
    phase: 1,
    send: (c) => c.get("/checklist"),
    check: (res, ctx, who) => {
      expect(res.status).toBe(200);
      if (signedOut(who)) {
        expect(res.body).toContain('href="/signin?callbackUrl=/checklist"');
        expect(res.body).not.toContain("Re-check reminders");
        return;
      }
      expect(res.body).toContain("You have not started a guide yet.");
      expect(res.body).not.toContain(`href="/guides/${ctx.ga}#`);
    },
  }),

  page("/account", {
    name: "GET /account",
    phase: 1,
    send: (c) => c.get("/account"),
    check: (res, ctx, who) => {
      if (signedOut(who)) return expectRedirect(res, "/signin", 307);
      expect(res.status).toBe(200);
      expect(res.body).toContain(`Signed in as <strong>${ctx.b.email}</strong>`);
      expect(res.body).toMatch(/the <!-- -->0<!-- --> steps you ticked|the 0 steps you ticked/);
    },
  }),

  page("/signin", {
    name: "GET /signin",
    phase: 1,
    send: (c) => c.get("/signin?callbackUrl=/account"),
    check: (res, ctx, who) => {
      if (signedOut(who)) {
        expect(res.status).toBe(200);
        expect(res.body).toContain("Email me a sign-in link");
        return;
      }
      expectRedirect(res, "/account", 307);
    },
  }),
];

// ---------------------------------------------------------------------------------------------

/** Everything of A's that no one else may change: the user row, ticks, sessions, plan and tracked requests, in full. */
async function snapshotOf(userId: string): Promise<string> {
  const [user, ticks, sessions, plan, requests] = await Promise.all([
    sql.query(`SELECT * FROM "User" WHERE id = $1`, [userId]),
    sql.query(`SELECT * FROM "StepCompletion" WHERE "userId" = $1 ORDER BY guide, "stepId"`, [userId]),
    sql.query(`SELECT * FROM "Session" WHERE "userId" = $1 ORDER BY "sessionToken"`, [userId]),
    sql.query(`SELECT * FROM "Plan" WHERE "userId" = $1`, [userId]),
    sql.query(`SELECT * FROM "TrackedRequest" WHERE "userId" = $1 ORDER BY guide, "stepId"`, [userId]),
  ]);
  return JSON.stringify({ user: user.rows, ticks: ticks.rows, sessions: sessions.rows, plan: plan.rows, requests: requests.rows });
}

function discoveredEndpoints(): string[] {
  const routes = routeHandlers().flatMap((r) => r.methods.map((m) => `route ${m} ${r.path}`));
  const actions = builtActions().map((a) => `action ${a.file}#${a.exportedName}`);
  const perUser = pages()
    .filter((p) => p.perUser)
    .map((p) => `page ${p.path}`);
  return [...routes, ...actions, ...perUser].sort();
}

let ctx: Ctx;

beforeAll(async () => {
  const manifest = stepManifest();
  const guides = [...manifest.keys()].filter((g) => manifest.get(g)!.length >= 2).sort();
  const [ga, gs] = [guides[0]!, guides[1]!];
  const actions = Object.fromEntries(
    [
      ["recheckAction", "lib/progress/actions.ts"],
      ["reminderAction", "lib/progress/actions.ts"],
      ["deleteAccountAction", "lib/account/actions.ts"],
      ["signOutAction", "lib/account/actions.ts"],
      ["requestSignInLink", "lib/auth/actions.ts"],
      ["signInWithProvider", "lib/auth/actions.ts"],
      ...["extendedAction", "answeredAction", "closedAction", "stopTrackingAction", "requestRemindersAction"].map((name) => [name, "lib/requests/actions.ts"]),
      ...EDITOR_ACTIONS.map((name) => [name, EDITOR_ACTIONS_FILE]),
    ].map(([name, file]) => [name, actionId(file!, name!)]),
  );
  const signIn = async (label: string): Promise<User> => {
    const email = uniqueEmail(label);
    const client = await signInByMail(email, label);
    const { rows } = await sql.query(`SELECT id FROM "User" WHERE email = $1`, [email]);
    return { id: rows[0].id as string, email, client };
  };
  const [a, b] = await Promise.all([signIn("authz-a"), signIn("authz-b")]);
  const stepsOf = (guide: string) => manifest.get(guide)!.map((s) => s.id) as Steps;
  const requestStepList = [...requestSteps().values()];
  expect(requestStepList.length, "the guides need two request steps (right= and channel= on objection steps)").toBeGreaterThanOrEqual(2);
  const requests = requestStepList.slice(0, 2).map((s) => ({ guide: s.guide, stepId: s.stepId })) as Ctx["requests"];
  const aReference = `A-REF-${randomBytes(6).toString("hex")}`;
  ctx = { a, b, ga, gaSteps: stepsOf(ga), gs, gsSteps: stepsOf(gs), actions, requests, aReference };

  // A's data, made through the same endpoints (so they are known to work for the owner).
  for (const stepId of ctx.gaSteps.slice(0, 2)) {
    const res = await a.client.postJson("/api/progress", { guide: ga, stepId, done: true });
    expect(res.status, res.body).toBe(200);
  }
  const tickedAt = `2024-02-29T13:37:${String(randomInt(10, 60))}.${String(randomInt(100, 1000))}Z`;
  const merged = await a.client.postJson("/api/progress/merge", { ticks: ctx.gsSteps.slice(0, 2).map((stepId) => ({ guide: gs, stepId, tickedAt })) });
  expect(json(merged)).toEqual({ added: 2, skipped: 0 });
  expectActionOk(await a.client.action("/checklist", actions.reminderAction!, [{}, { form: [["months", "6"]] }]), /every 6 months/);
  const aPlan = await a.client.send("/api/plan", { method: "PUT", body: JSON.stringify({ guides: [ga, gs], region: "EU" }), headers: { "content-type": "application/json" } });
  expect(aPlan.status, aPlan.body).toBe(200);
  expect((json(await a.client.get("/api/me")) as { plan: unknown }).plan).toEqual({ guides: [ga, gs], region: "EU" });
  // A changed step (as if the guide text changed after A ticked it): a re-check by anyone else must not touch it.
  await sql.query(`UPDATE "StepCompletion" SET "stepHash" = 'old' WHERE "userId" = $1 AND guide = $2 AND "stepId" = $3`, [a.id, ga, ctx.gaSteps[0]]);
  for (const [i, r] of requests.entries()) {
    const sent = await a.client.postJson("/api/requests", { ...r, sentOn: "2026-10-01", channel: "form", ...(i === 0 ? { reference: aReference } : {}) });
    expect(sent.status, sent.body).toBe(200);
  }
  const exported = json(await a.client.get("/api/account/export")) as { email: string; ticks: unknown[] };
  expect(exported.email).toBe(a.email);
  expect(exported.ticks).toHaveLength(4);
});

describe("authorization matrix", () => {
  it("has an expectation for every route handler, server action and per-user page, and nothing else", () => {
    const { actions: sources, inline } = serverActionSources();
    // The build's actions are exactly the exports of the "use server" modules (no inline actions).
    expect(inline).toEqual([]);
    expect(builtActions().map((a) => `${a.file}#${a.exportedName}`).sort()).toEqual(sources.map((s) => `${s.file}#${s.exportedName}`).sort());
    expect(pages().filter((p) => p.perUser).length).toBeGreaterThanOrEqual(2);
    expect(MATRIX.map((e) => e.key).sort(), "every endpoint needs an entry in MATRIX (tests/e2e/authz-matrix.test.ts)").toEqual(discoveredEndpoints());
  });

  it("anonymous, forged and other-user calls get 401 / sign-in / an error state, never a 500, and never A's data", async () => {
    const { a, b } = ctx;
    const baseline = await snapshotOf(a.id);
    const markers = new Map<string, string>([
      [a.email, "A's email"],
      [a.id, "A's user id"],
      [a.client.sessionToken!, "A's session token"],
      [ctx.aReference, "the reference of A's request"],
    ]);
    for (const row of (await sql.query(`SELECT "completedAt" FROM "StepCompletion" WHERE "userId" = $1`, [a.id])).rows) {
      markers.set((row.completedAt as Date).toISOString(), "the date of one of A's ticks");
    }
    expect(markers.size).toBeGreaterThanOrEqual(5);

    const failures: string[] = [];
    const crossReads: string[] = [];
    const crossWrites: string[] = [];
    let calls = 0;
    const clientFor = (who: Identity): HttpClient => {
      if (who === "anonymous") return new HttpClient("anonymous");
      if (who === "forged") return forgedClient();
      const client = new HttpClient("userB");
      client.cookies.set(SESSION_COOKIE, b.client.sessionToken!);
      return client;
    };

    /** One probe by one identity; A's rows are compared just before and after, so a change is pinned on this call. */
    const call = async (probe: Probe, who: Identity) => {
      const label = `${probe.name} as ${who}`;
      calls++;
      const before = await snapshotOf(a.id);
      try {
        const answers = ([] as HttpResponse[]).concat(await probe.send(clientFor(who), ctx, who));
        const leaked = new Set<string>();
        for (const res of answers) {
          const seen = `${JSON.stringify(res.headers)}\n${res.body}`;
          for (const [marker, what] of markers) if (seen.includes(marker)) leaked.add(what);
        }
        if (leaked.size) crossReads.push(`${label}: the answer contains ${[...leaked].join(", ")}`);
        for (const res of answers) {
          if (res.status >= 500) failures.push(`${label}: ${res.status} ${res.body.slice(0, 200)}`);
          else await probe.check(res, ctx, who);
        }
      } catch (error) {
        failures.push(`${label}: ${(error as Error).message.split("\n").slice(0, 6).join(" ")}`);
      }
      if ((await snapshotOf(a.id)) !== before) crossWrites.push(`${label}: A's rows changed`);
    };

    const isDeletion = (probe: Probe) => probe.name.startsWith("deleteAccountAction confirmed");
    for (const phase of [1, 2, 3] as const) {
      for (const probe of MATRIX.flatMap((e) => e.probes).filter((p) => p.phase === phase)) {
        for (const who of IDENTITIES) {
          // B's account goes last: by then every other call has had its turn.
          if (!(isDeletion(probe) && who === "userB")) await call(probe, who);
        }
      }
    }
    await call(MATRIX.flatMap((e) => e.probes).find(isDeletion)!, "userB");
    if ((await snapshotOf(a.id)) !== baseline) crossWrites.push("A's rows differ from before the matrix");

    // A is still signed in and sees exactly what A had.
    const still = await a.client.get("/api/auth/session");
    if (still.body !== JSON.stringify({ user: { email: a.email, name: null } })) failures.push(`A's own session answers ${still.status} ${still.body}`);

    console.log(
      `authz matrix: ${MATRIX.length} endpoints × ${IDENTITIES.length} identities, ${crossReads.length} cross-user reads, ${crossWrites.length} cross-user writes (${calls} calls)`,
    );
    expect({ failures, crossReads, crossWrites }).toEqual({ failures: [], crossReads: [], crossWrites: [] });
  });
});
