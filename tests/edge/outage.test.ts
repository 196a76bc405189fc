/**
 * Issue 20, faults at the edge: one app process stopped under load (only requests in flight on it may
 * fail, no tick is lost, it rejoins when started again), then every process stopped (cached guide
 * pages are still served; personal pages and the API say the service is unavailable, not a 502).
 *
 * Nothing here waits on a clock: each phase waits for a condition (ticks saved, a process gone, the
 * access log showing the restarted process answering), bounded only by the test's timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { mintSession, request, type HttpClient } from "../support/http";
import { accessLog, startTestEdge } from "../support/edge";
import type { Edge } from "../../scripts/edge-topology.ts";
import { stepManifest } from "@/lib/content/guides";
import { securityHeaders } from "@/lib/http/security-headers";

let edge: Edge;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
beforeAll(async () => {
  edge = await startTestEdge();
});
afterAll(async () => {
  await edge?.stop();
  await sql.end();
});

const GUIDE = "linkedin";
const steps = stepManifest().get(GUIDE)!;
const until = async (condition: () => boolean | Promise<boolean>) => {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 50));
};

type Attempt = { started: number; ended: number; ok: boolean; what: string; status: number };

describe("a stopped app process", () => {
  it("fails only the requests in flight on it, loses no tick, and rejoins when started again", async () => {
    const WORKERS = 6;
    const users: { id: string; client: HttpClient }[] = [];
    for (let i = 0; i < WORKERS; i++) {
      const { rows } = await sql.query(`INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ($1, $2, now(), now()) RETURNING id`, [`edge${randomUUID().replace(/-/g, "")}`, `edge-fault-${i}-${randomUUID().slice(0, 8)}@test.untrain.invalid`]);
      users.push({ id: rows[0].id as string, client: await mintSession(sql, rows[0].id as string, `fault-${i}`) });
    }
    const attempts: Attempt[] = [];
    const intended = users.map(() => new Map<string, boolean>());
    let stopLoad = false;
    const timed = async (what: string, send: () => Promise<{ status: number }>): Promise<boolean> => {
      const started = performance.now();
      let status = 0;
      try {
        status = (await send()).status;
      } catch {
        status = 0; // the connection broke
      }
      const ok = status === 200;
      attempts.push({ started, ended: performance.now(), ok, what, status });
      return ok;
    };
    // Each worker ticks and unticks its user's steps; a tick that fails is sent again until it is saved, as the browser's outbox does.
    const tickers = users.map(async (user, w) => {
      for (let i = 0; !stopLoad; i++) {
        const step = steps[i % steps.length]!;
        const done = Math.floor(i / steps.length) % 2 === 0;
        intended[w]!.set(step.id, done);
        while (!(await timed("tick", () => user.client.postJson("/api/progress", { guide: GUIDE, stepId: step.id, done })))) {
          // retried at once: the failure itself is what the test counts
        }
      }
    });
    // Two readers: a personal read (GET /api/me, never cached) and a guide page.
    const readers = [0, 1].map(async (r) => {
      while (!stopLoad) await timed(r ? "guide" : "me", () => (r ? request(`/guides/${GUIDE}`) : users[0]!.client.get(`/api/me?guide=${GUIDE}`)));
    });
    const succeededSince = (t: number) => attempts.filter((a) => a.ok && a.started >= t).length;

    await until(() => succeededSince(0) >= 60);
    const [victim, survivor] = edge.apps as [Edge["apps"][0], Edge["apps"][0]];
    const stopping = performance.now();
    await victim.stop();
    const gone = performance.now();
    await until(() => succeededSince(gone) >= 100);
    const logBefore = accessLog(edge).length;
    await victim.start();
    // Rejoined: nginx sent it requests again, and it answered them.
    await until(() => accessLog(edge).slice(logBefore).some((l) => l.upstreams.at(-1) === `127.0.0.1:${victim.port}` && l.status < 500));
    const rejoined = performance.now();
    await until(() => succeededSince(rejoined) >= 20);
    stopLoad = true;
    await Promise.all([...tickers, ...readers]);

    const failed = attempts.filter((a) => !a.ok);
    const describe = (a: Attempt) => `${a.what} ${a.status} at ${(a.started - gone).toFixed(0)}…${(a.ended - gone).toFixed(0)} ms`;
    console.log(`fault: ${attempts.length} requests, ${failed.length} failed [${failed.map(describe).join("; ") || "none"}] (times from the moment the process was gone); stopping took ${(gone - stopping).toFixed(0)} ms`);
    // Only requests in flight while the process was stopping may fail: none sent after it was gone,
    expect(failed.filter((a) => a.started >= gone).map(describe)).toEqual([]);
    // and at most one per client (each has one request in flight at a time).
    expect(failed.length).toBeLessThanOrEqual(WORKERS + 2);
    expect(survivor.running()).toBe(true);
    // 0 ticks lost: the database holds each user's last intended state of every step.
    for (const [w, user] of users.entries()) {
      const { rows } = await sql.query(`SELECT "stepId" FROM "StepCompletion" WHERE "userId" = $1 AND guide = $2`, [user.id, GUIDE]);
      const saved = new Set(rows.map((r) => r.stepId as string));
      for (const [stepId, done] of intended[w]!) expect(saved.has(stepId), `user ${w} step ${stepId}`).toBe(done);
    }
  });
});

describe("every app process stopped", () => {
  it("still serves cached guide pages, and says the service is unavailable on personal pages and the API", async () => {
    // Cached while the processes run.
    await request(`/guides/${GUIDE}`, { headers: { "accept-encoding": "gzip" } });
    await until(async () => (await request(`/guides/${GUIDE}`, { headers: { "accept-encoding": "gzip" } })).headers["x-cache-status"] === "HIT");
    for (const app of edge.apps) await app.stop();

    const guide = await request(`/guides/${GUIDE}`);
    expect(guide.status).toBe(200);
    expect(guide.body).toContain("LinkedIn");

    for (const path of ["/checklist", "/account", "/signin"]) {
      const page = await request(path);
      expect(page.status, path).toBe(503);
      expect(page.headers["content-type"]).toMatch(/^text\/html/);
      expect(page.body).toContain("Untrain is unavailable for a moment");
      expect(page.body).not.toMatch(/502|Bad Gateway|nginx/i);
      expect(page.headers["retry-after"]).toBe("5");
      for (const { key, value } of securityHeaders(false)) expect(page.headers[key.toLowerCase()], key).toBe(value);
    }
    const api = await request(`/api/me?guide=${GUIDE}`);
    expect(api.status).toBe(503);
    expect(api.headers["content-type"]).toMatch(/^application\/json/);
    expect(api.headers["retry-after"]).toBe("5");
    expect(JSON.parse(api.body)).toEqual({ error: expect.stringContaining("cannot reach") });
    const tick = await request("/api/progress", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ guide: GUIDE, stepId: steps[0]!.id, done: true }) });
    expect(tick.status).toBe(503);
  });
});
