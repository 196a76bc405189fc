/**
 * `npm run bench:edge` (also run by `npm run bench`): the production topology (issue 20) beside its
 * baselines, all measured in this run with the same closed-loop client (scripts/load-loop.ts):
 *
 *   1. guide page and /guides through the edge (nginx + 2 app processes, cache warm) vs nginx serving
 *      the same gzip bytes as a static file; `next start` alone vs the same already-compressed bytes
 *      and vs nginx compressing the raw page per request (what re-compression costs);
 *   2. ticks through the edge with 2 processes and with 1, vs the same two SQL statements (session,
 *      then insert/delete) on a pg pool of the app's size (10), vs the one-statement floor, vs a plain
 *      Node `http` server doing the same work (the fairest floor for what the framework costs);
 *   3. cold start: a fresh `next start`, the first search, /api/me?guide= and tick after it answers,
 *      beside the same requests warm.
 * Prints a markdown section. BENCH_SECONDS (default 8) per measurement; about 3 minutes.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { gunzipSync } from "node:zlib";
import { loadGuides } from "../lib/content/guides.ts";
import { ensureBuild, freePort, migratedThrowawayDatabase, productionServerEnv, runMain, cleanups, startProductionServer } from "./harness.ts";
import { fetchRaw, loop, request, type LoopResult } from "./load-loop.ts";
import { startEdge, startNginx, type Edge } from "./edge-topology.ts";

const root = path.resolve(import.meta.dirname, "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const started = Date.now();
const log = (line: string) => console.error(`[bench:edge ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);
const gzip = { "Accept-Encoding": "gzip" };
const APP_POOL = 10; // lib/db/client.ts sqlPool(): the raw pg pool each app process ticks on

type Row = { what: string; app: LoopResult; baseline: LoopResult; baselineLabel: string; note?: string };

/** nginx as a static file server: the same bytes gzipped on disk (served as they are), and raw (gzipped per request, level 6 like Next's). */
async function staticNginx(pages: Record<string, { raw: Buffer; gzip: Buffer }>) {
  const prefix = path.join(root, ".data/edge", `static-${process.pid}`);
  const docroot = path.join(prefix, "www");
  for (const [name, page] of Object.entries(pages)) {
    mkdirSync(path.join(docroot, "gz"), { recursive: true });
    mkdirSync(path.join(docroot, "raw"), { recursive: true });
    writeFileSync(path.join(docroot, "gz", name), page.gzip);
    writeFileSync(path.join(docroot, "raw", name), page.raw);
  }
  const port = await freePort();
  const config = `${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes auto;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 10000;
  client_body_temp_path ${prefix}/tmp/client_body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${docroot};
    default_type text/html;
    location /gz/ { add_header Content-Encoding gzip; add_header Vary Accept-Encoding; }
    location /raw/ { gzip on; gzip_types text/html; gzip_comp_level 6; gzip_min_length 0; gzip_vary on; }
  }
}
`;
  const nginx = await startNginx(prefix, config, port);
  cleanups.push(async () => {
    await nginx.stop();
    rmSync(prefix, { recursive: true, force: true });
  });
  return port;
}

async function main(): Promise<number> {
  const databaseUrl = await migratedThrowawayDatabase("untrain_bench_edge");
  const env = productionServerEnv(databaseUrl, "http://127.0.0.1");
  ensureBuild(env, log);
  const rows: Row[] = [];
  const cold: string[] = [];
  const sql = new pg.Pool({ connectionString: databaseUrl, max: APP_POOL });
  cleanups.push(() => sql.end());
  const guides = loadGuides();
  const steps = guides.flatMap((g) => g.steps.map((s) => ({ guide: g.slug, stepId: s.id, hash: s.hash })));
  const users: { id: string; token: string }[] = [];
  for (let i = 0; i < 50; i++) {
    const id = `bench${randomUUID().replace(/-/g, "")}`;
    await sql.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())`, [id, `bench-edge-${i}-${randomUUID()}@bench.invalid`]);
    const token = randomUUID();
    await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [token, id]);
    users.push({ id, token });
  }
  const tickBody = (i: number) => {
    const step = steps[(i >> 1) % steps.length]!;
    return { step, done: i % 2 === 0 };
  };
  /** The two statements of a tick (lib/auth/session.ts, lib/progress/server.ts), as the app runs them. */
  const twoStatements = async (pool: pg.Pool, token: string, step: { guide: string; stepId: string; hash: string }, done: boolean) => {
    const session = await pool.query(`SELECT "userId", expires AT TIME ZONE 'UTC' AS expires FROM "Session" WHERE "sessionToken" = $1`, [token]);
    const userId = session.rows[0]?.userId as string;
    if (done) {
      await pool.query(
        `INSERT INTO "StepCompletion" (id, "userId", guide, "stepId", "stepHash", "completedAt") VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT ("userId", guide, "stepId") DO NOTHING`,
        [randomUUID(), userId, step.guide, step.stepId, step.hash],
      );
    } else {
      await pool.query(`DELETE FROM "StepCompletion" WHERE "userId" = $1 AND guide = $2 AND "stepId" = $3`, [userId, step.guide, step.stepId]);
    }
  };
  const oneStatement = async (worker: number, i: number) => {
    const user = users[worker % users.length]!;
    const { step } = tickBody(i);
    await sql.query(`DELETE FROM "StepCompletion" WHERE "userId" = $1 AND guide = $2 AND "stepId" = $3`, [user.id, step.guide, step.stepId]);
  };

  // --- a plain Node http server doing a tick's work: parse the cookie and JSON, two statements, answer JSON
  const plainPort = await freePort();
  const plain = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const token = /authjs\.session-token=([^;]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "";
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { guide: string; stepId: string; done: boolean };
      const step = steps.find((s) => s.guide === body.guide && s.stepId === body.stepId);
      twoStatements(sql, token, step!, body.done).then(
        () => {
          res.writeHead(200, { "Content-Type": "application/json" });
          res.end('{"ok":true}');
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
  });
  plain.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => plain.listen(plainPort, "127.0.0.1", r));
  cleanups.push(() => new Promise<void>((r) => plain.close(() => r())));

  const tickVia = (base: string, site: string) => (worker: number, i: number) => {
    const user = users[worker % users.length]!;
    const { step, done } = tickBody(i);
    return request(`${base}/api/progress`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: site, Cookie: `authjs.session-token=${user.token}`, Host: new URL(site).host },
      body: JSON.stringify({ guide: step.guide, stepId: step.stepId, done }),
    }).then(() => undefined);
  };
  const warm = (task: (w: number, i: number) => Promise<void>) => loop(10, 2, task);

  // --- 3 first: a cold start needs a process nobody has asked anything yet
  {
    const port = await freePort();
    const site = `http://127.0.0.1:${port}`;
    const t0 = performance.now();
    const app = await startProductionServer(port, { ...env, SITE_URL: site });
    cleanups.push(app.stop);
    const up = performance.now() - t0;
    const first = async (label: string, send: () => Promise<unknown>) => {
      const t = performance.now();
      await send();
      const coldMs = performance.now() - t;
      for (let i = 0; i < 20; i++) await send();
      const w = performance.now();
      await send();
      cold.push(`| ${label} | ${coldMs.toFixed(0)} ms | ${(performance.now() - w).toFixed(1)} ms |`);
    };
    cold.push(`| \`next start\` until it answers (the catalogue is loaded before the first answer) | ${up.toFixed(0)} ms | |`);
    await first("first `/guides/search?q=meta`", () => request(`${site}/guides/search?q=meta`));
    await first("first `GET /api/me?guide=instagram` (signed in)", () => request(`${site}/api/me?guide=instagram`, { headers: { Cookie: `authjs.session-token=${users[0]!.token}` } }));
    await first("first tick, `POST /api/progress`", () => tickVia(site, site)(0, 0));
    await first("first `/checklist` (signed in)", () => request(`${site}/checklist`, { headers: { Cookie: `authjs.session-token=${users[1]!.token}` } }));
    app.stop();
  }

  // --- 1. pages
  let edge: Edge = await startEdge({ processes: 2, env, config: { accessLog: null } });
  cleanups.push(() => edge.stop());
  const pages: Record<string, { path: string; raw: Buffer; gzip: Buffer }> = {};
  for (const [name, p] of [
    ["guide.html", "/guides/instagram"],
    ["guides.html", "/guides"],
  ] as const) {
    const zipped = (await fetchRaw(`${edge.url}${p}`, gzip)).body;
    pages[name] = { path: p, gzip: zipped, raw: gunzipSync(zipped) };
  }
  const staticPort = await staticNginx(pages);
  const direct = `http://127.0.0.1:${edge.apps[0]!.port}`;
  const get = (url: string, headers: Record<string, string> = gzip) => () => request(url, { headers }).then(() => undefined);
  for (const [name, page] of Object.entries(pages)) {
    const kB = (page.gzip.length / 1024).toFixed(1);
    const rawKB = (page.raw.length / 1024).toFixed(0);
    await warm(get(`${edge.url}${page.path}`));
    log(`${page.path} through the edge`);
    const viaEdge = await loop(50, SECONDS, get(`${edge.url}${page.path}`));
    const staticGz = await loop(50, SECONDS, get(`http://127.0.0.1:${staticPort}/gz/${name}`));
    rows.push({ what: `${page.path} through the edge (cache warm), c=50, gzip (${kB} kB)`, app: viaEdge, baseline: staticGz, baselineLabel: "nginx static, the same gzip bytes", note: "target ≥ 0.8×, p95 within 2×" });
    await warm(get(`${direct}${page.path}`));
    log(`${page.path} from next start alone`);
    const alone = await loop(50, SECONDS, get(`${direct}${page.path}`, { ...gzip, Host: new URL(edge.url).host }));
    rows.push({ what: `${page.path} from \`next start\` alone, c=50, gzip`, app: alone, baseline: staticGz, baselineLabel: "nginx static, the same gzip bytes (already compressed)" });
    const staticRaw = await loop(50, SECONDS, get(`http://127.0.0.1:${staticPort}/raw/${name}`));
    rows.push({ what: `${page.path} from \`next start\` alone, c=50, gzip`, app: alone, baseline: staticRaw, baselineLabel: `nginx static, gzipping the raw ${rawKB} kB per request (level 6)` });
  }

  // --- 2. ticks
  const site = edge.url;
  const edgeTick = tickVia(edge.url, site);
  await warm(edgeTick);
  log("ticks through the edge, 2 processes");
  const two = await loop(20, SECONDS, edgeTick);
  // (edge.stop is idempotent: the cleanup pushed for this edge stays and does nothing more.)
  await edge.stop();
  edge = await startEdge({ processes: 1, env, config: { accessLog: null } });
  cleanups.push(() => edge.stop());
  const oneTick = tickVia(edge.url, edge.url);
  await warm(oneTick);
  log("ticks through the edge, 1 process");
  const one = await loop(20, SECONDS, oneTick);
  const bare = await loop(20, SECONDS, (w, i) => twoStatements(sql, users[w % users.length]!.token, tickBody(i).step, tickBody(i).done));
  const floor = await loop(20, SECONDS, oneStatement);
  const plainTick = tickVia(`http://127.0.0.1:${plainPort}`, site);
  await warm(plainTick);
  const plainRun = await loop(20, SECONDS, plainTick);
  rows.push({ what: "tick through the edge, 2 app processes, c=20", app: two, baseline: one, baselineLabel: "the edge with 1 app process" });
  rows.push({ what: "tick through the edge, 2 app processes, c=20", app: two, baseline: bare, baselineLabel: `the same 2 statements on a pg pool of ${APP_POOL}` });
  rows.push({ what: "tick through the edge, 1 app process, c=20", app: one, baseline: bare, baselineLabel: `the same 2 statements on a pg pool of ${APP_POOL}` });
  rows.push({ what: `floor: a plain Node http server doing a tick's work (cookie, JSON, 2 statements, pool ${APP_POOL}), c=20`, app: plainRun, baseline: bare, baselineLabel: `the same 2 statements on a pg pool of ${APP_POOL}` });
  rows.push({ what: `floor: the same 2 statements, pool ${APP_POOL}, c=20`, app: bare, baseline: floor, baselineLabel: `one statement (the delete) on the same pool` });

  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const errors = rows.reduce((n, r) => n + r.app.errors + r.baseline.errors, 0);
  console.log(`### Through the edge (nginx + app processes), ${os.cpus().length} cores, ${SECONDS} s per measurement, closed-loop Node client on the same machine

| what | app | baseline | ratio (req/s) | app p50 / p95 | baseline p95 | p95 ratio | note |
|---|---|---|---|---|---|---|---|
${rows
  .map(
    (r) =>
      `| ${r.what} | ${r.app.rps.toFixed(0)} req/s | ${r.baselineLabel}: ${r.baseline.rps.toFixed(0)} req/s | **${(r.app.rps / r.baseline.rps).toFixed(2)}×** | ${ms(r.app.p50)} / ${ms(r.app.p95)} | ${ms(r.baseline.p95)} | ${(r.app.p95 / r.baseline.p95).toFixed(1)}× | ${r.note ?? ""} |`,
  )
  .join("\n")}

Errors: ${errors}. Machine load (1-minute average) at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores. The load client is one Node.js process on the same 2 cores as nginx and the app: at static-server rates it is
part of the bottleneck, so the page ratios are a lower bound on what nginx does for a real, remote client.

### Cold start (1×, ${guides.length} guides): the first request of each kind after \`next start\` answers, beside the same request warm

| request | first after start | warm |
|---|---|---|
${cold.join("\n")}
`);
  return errors ? 1 : 0;
}

await runMain(main);
