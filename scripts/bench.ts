/**
 * `npm run bench`: the figures of docs/benchmarks.md, each beside a baseline measured in the same run
 * on the same machine (this machine is shared, so only ratios are comparable between runs):
 *
 *   1. a prerendered guide page at c=50 (gzip)  vs  a static server sending the same bytes;
 *   2. a tick, POST /api/progress, at c=10 and c=50  vs  the bare `pg` upsert/delete it performs;
 *      the floor beside it: an empty route handler (GET /api/health) at c=10 and c=50 vs the same bare
 *      `pg` statement, and what proxy.ts costs (the same request with and without an Origin header);
 *   3. /checklist for a user with every real step ticked, at c=1 and c=20  vs  the bare `pg` read of those rows;
 *      the floor beside it: a dynamic page with no database (/checklist signed out) vs the same bare read,
 *      and the smallest prerendered page from `next start` vs a static server;
 *   4. the JavaScript a browser really loads per page (scripts/first-load-js.ts);
 *   5. the edge: nginx in front of 2 and 1 app processes, cold start (scripts/bench-edge.ts; BENCH_SKIP_EDGE=1 leaves it out);
 *   6. /guides and its search, the build and cold start at 1× and a true 100× the guides (scripts/bench-guides.ts, in a
 *      temporary copy; BENCH_SCALES passes through, default `100:guide-en`);
 *   7. the build at 5 languages vs English only: wall time and `.next` size (scripts/bench-locales.ts, in a temporary copy);
 *   8. Lighthouse on /, /guides, a guide and a step page and their German versions, 3× each beside the no-JS floor
 *      (scripts/bench-lighthouse.ts, ~12 minutes, run after step 4 while nothing else of the bench runs;
 *      BENCH_SKIP_LIGHTHOUSE=1 leaves it out; `npm run bench:lighthouse` runs it alone).
 * Then writes docs/benchmarks.md. BENCH_SKIP_BUILD=1 reuses the last build; BENCH_SECONDS (default 8)
 * per measurement; BENCH_SKIP_GUIDES=1 leaves out step 6 (two builds, the second of 6,200 guides: the longest step,
 * an hour on 2 cores at load 10–15), BENCH_SKIP_LOCALES=1 step 7 (two builds too).
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db/client.ts";
import { resolveDatabase } from "./database-url.ts";
import { deployMigrations } from "./migrate.ts";
import { loadGuides } from "../lib/content/guides.ts";
import { createThrowawayDatabase, ensureBuild, freePort, groupCpuMs, productionServerEnv, startProductionServer } from "./harness.ts";
import { fetchRaw, fmt, loop, request, staticServer, type LoopResult } from "./load-loop.ts";

const root = path.resolve(import.meta.dirname, "..");

/** The prerendered HTML page with the fewest bytes in the build (not the 404 and error pages). */
function smallestPrerenderedPage(): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
  let best: { route: string; size: number } | undefined;
  for (const route of Object.keys(manifest.routes)) {
    if (route.startsWith("/_")) continue;
    const file = path.join(root, ".next/server/app", `${route === "/" ? "index" : route}.html`);
    if (!existsSync(file)) continue;
    const size = statSync(file).size;
    if (!best || size < best.size) best = { route, size };
  }
  if (!best) throw new Error("no prerendered HTML page in .next/server/app");
  return best.route;
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);

/** A loop's result with the app server's CPU time per request (NaN for a baseline outside the app). */
type Measured = LoopResult & { cpuMs: number };
type Row = { what: string; app: Measured; baseline: Measured; baselineLabel: string; target?: string; floor?: string };
const rows: Row[] = [];
const extra: string[] = [];

const server = await resolveDatabase();
const throwaway = await createThrowawayDatabase(server.url, "untrain_bench");
await deployMigrations(throwaway.url);
const db = createPrismaClient(throwaway.url);
const sql = new pg.Pool({ connectionString: throwaway.url, max: 50 });
let stopApp = () => {};
const servers: { close(): void }[] = [];

try {
  const guides = loadGuides();
  const allSteps = guides.flatMap((g) => g.steps.map((s) => ({ guide: g.slug, stepId: s.id, hash: s.hash })));
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const env = productionServerEnv(throwaway.url, site);
  ensureBuild(env, log);
  const appServer = await startProductionServer(port, env);
  stopApp = appServer.stop;
  const pgid = appServer.child.pid!;
  /** The loop, with the app server's CPU per request: the figure least disturbed by other work on the machine. */
  const measure = async (c: number, task: (worker: number, i: number) => Promise<void>, onApp = true): Promise<Measured> => {
    const before = onApp ? groupCpuMs(pgid) : NaN;
    const result = await loop(c, SECONDS, task);
    return { ...result, cpuMs: onApp ? (groupCpuMs(pgid) - before) / result.requests : NaN };
  };
  const outside = (c: number, task: (worker: number, i: number) => Promise<void>) => measure(c, task, false);
  /** Two seconds of load before a route is measured, so the figures are of a warm server (JIT, caches, pools). */
  const warm = (task: (worker: number, i: number) => Promise<void>) => loop(10, 2, task);

  // --- 1. guide page vs the same bytes from a static server
  const guidePath = "/guides/instagram";
  const gzip = { "Accept-Encoding": "gzip" };
  const sample = await fetchRaw(`${site}${guidePath}`, gzip);
  const bytes = sample.body;
  const basePort = await freePort();
  servers.push(await staticServer(basePort, bytes, { "Content-Type": "text/html; charset=utf-8", ...(sample.headers["content-encoding"] ? { "Content-Encoding": String(sample.headers["content-encoding"]) } : {}) }));
  await warm(() => request(`${site}${guidePath}`, { headers: gzip }).then(() => undefined));
  log("guide page");
  rows.push({
    what: `guide page ${guidePath}, c=50, gzip (${(bytes.length / 1024).toFixed(1)} kB on the wire)`,
    app: await measure(50, () => request(`${site}${guidePath}`, { headers: gzip }).then(() => undefined)),
    baseline: await outside(50, () => request(`http://127.0.0.1:${basePort}${guidePath}`, { headers: gzip }).then(() => undefined)),
    baselineLabel: "static server, same bytes",
  });

  // --- 2. ticks vs the bare statement they run
  const users: { id: string; token: string }[] = [];
  for (let i = 0; i < 50; i++) {
    const user = await db.user.create({ data: { email: `bench-${i}-${randomUUID()}@bench.invalid` } });
    const token = randomUUID();
    await db.session.create({ data: { userId: user.id, sessionToken: token, expires: new Date(Date.now() + 86_400_000) } });
    users.push({ id: user.id, token });
  }
  /** A tick as a browser sends it (with an Origin header), or without one (a script's request). */
  const tickAs = (origin: boolean) => (worker: number, i: number) => {
    const user = users[worker % users.length]!;
    const step = allSteps[(i >> 1) % allSteps.length]!;
    return request(`${site}/api/progress`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(origin ? { Origin: site } : {}), Cookie: `authjs.session-token=${user.token}` },
      body: JSON.stringify({ guide: step.guide, stepId: step.stepId, done: i % 2 === 0 }),
    }).then(() => undefined);
  };
  const tick = tickAs(true);
  const bareTick = async (worker: number, i: number) => {
    const user = users[worker % users.length]!;
    const step = allSteps[(i >> 1) % allSteps.length]!;
    if (i % 2 === 0) {
      await sql.query(
        `INSERT INTO "StepCompletion" (id, "userId", guide, "stepId", "stepHash", "completedAt") VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT ("userId", guide, "stepId") DO NOTHING`,
        [randomUUID(), user.id, step.guide, step.stepId, step.hash],
      );
    } else {
      await sql.query(`DELETE FROM "StepCompletion" WHERE "userId" = $1 AND guide = $2 AND "stepId" = $3`, [user.id, step.guide, step.stepId]);
    }
  };
  await warm(tick);
  for (const c of [10, 50]) {
    log(`ticks c=${c}`);
    rows.push({
      what: `tick, POST /api/progress, c=${c}`,
      app: await measure(c, tick),
      baseline: await outside(c, bareTick),
      baselineLabel: "bare pg insert/delete",
      target: c === 10 ? "≥ 0.25×, p95 ≤ 25 ms" : "≥ 0.25×",
    });
  }

  // --- 2b. the floor under a tick: Next.js's own cost, before any code of ours runs
  const health = (origin: boolean) => () => request(`${site}/api/health`, origin ? { headers: { Origin: site } } : {}).then(() => undefined);
  await warm(health(false));
  await warm(health(true));
  for (const c of [10, 50]) {
    log(`floor: empty route handler c=${c}`);
    rows.push({
      what: `floor: empty route handler, GET /api/health (no session, no database), c=${c}`,
      floor: `handler c=${c}`,
      app: await measure(c, health(false)),
      baseline: await outside(c, bareTick),
      baselineLabel: "bare pg insert/delete",
    });
  }
  log("floor: proxy.ts");
  rows.push({
    what: "floor: proxy.ts, GET /api/health with an Origin header (the proxy runs), c=10",
    floor: "proxy",
    app: await measure(10, health(true)),
    baseline: await measure(10, health(false)),
    baselineLabel: "the same without Origin (no proxy)",
  });
  rows.push({
    what: "proxy.ts on a tick: POST /api/progress with Origin, as browsers send (the tick routes skip the proxy), c=10",
    app: await measure(10, tick),
    baseline: await measure(10, tickAs(false)),
    baselineLabel: "the same tick without Origin",
  });

  // --- 3. /checklist vs the bare read of the same rows
  const heavy = users[0]!;
  await sql.query(`DELETE FROM "StepCompletion" WHERE "userId" = $1`, [heavy.id]);
  await db.stepCompletion.createMany({ data: allSteps.map((s) => ({ userId: heavy.id, guide: s.guide, stepId: s.stepId, stepHash: s.hash })) });
  const checklist = () => request(`${site}/checklist`, { headers: { Cookie: `authjs.session-token=${heavy.token}` } }).then(() => undefined);
  const bareRead = async () => {
    await sql.query(`SELECT guide, "stepId", "stepHash", "completedAt" FROM "StepCompletion" WHERE "userId" = $1`, [heavy.id]);
  };
  await warm(checklist);
  for (const c of [1, 20]) {
    log(`checklist c=${c}`);
    rows.push({
      what: `/checklist, ${allSteps.length} ticks (every real step), c=${c}`,
      app: await measure(c, checklist),
      baseline: await outside(c, bareRead),
      baselineLabel: "bare pg read of the rows",
      target: c === 1 ? "p95 ≤ 20 ms" : "≥ 0.25×",
    });
  }

  // --- 3b. the floor under a dynamic page: /checklist signed out (the layout and a paragraph, no database)
  const anonymousChecklist = () => request(`${site}/checklist`).then(() => undefined);
  await warm(anonymousChecklist);
  // c=10 is the load of the search target (/guides/search p95 ≤ 30 ms at c=10, npm run bench:guides).
  for (const c of [1, 10, 20]) {
    log(`floor: dynamic page c=${c}`);
    rows.push({
      what: `floor: a dynamic page with no database, /checklist signed out, c=${c}`,
      floor: `page c=${c}`,
      app: await measure(c, anonymousChecklist),
      baseline: await outside(c, bareRead),
      baselineLabel: "bare pg read of the rows",
    });
  }

  // --- 3c. the floor under a page: the smallest prerendered page, as next start serves it, vs a static server
  const smallest = smallestPrerenderedPage();
  const page = await fetchRaw(`${site}${smallest}`);
  const pagePort = await freePort();
  servers.push(await staticServer(pagePort, page.body, { "Content-Type": "text/html; charset=utf-8" }));
  await warm(() => request(`${site}${smallest}`).then(() => undefined));
  log(`floor: smallest prerendered page ${smallest}`);
  rows.push({
    what: `floor: smallest prerendered page ${smallest} (${(page.body.length / 1024).toFixed(1)} kB, no gzip), c=50`,
    floor: "static",
    app: await measure(50, () => request(`${site}${smallest}`).then(() => undefined)),
    baseline: await outside(50, () => request(`http://127.0.0.1:${pagePort}${smallest}`).then(() => undefined)),
    baselineLabel: "static server, same bytes",
  });
  stopApp();

  // --- 4. JavaScript a browser really loads
  const js = spawnSync("npx", ["tsx", "scripts/first-load-js.ts", "--markdown"], { cwd: root, env: { ...env, BENCH_SITE_PORT: String(port) }, encoding: "utf8" });
  extra.push("## JavaScript a browser loads\n", js.status === 0 ? js.stdout.trim() : `first-load-js failed: ${js.stderr.slice(-500)}`);

  // --- 4a. Lighthouse on the four reading pages and their German versions, beside the no-JS floor (its stdout is the report)
  if (process.env.BENCH_SKIP_LIGHTHOUSE !== "1") {
    log("Lighthouse (scripts/bench-lighthouse.ts)");
    const run = spawnSync("npx", ["tsx", "scripts/bench-lighthouse.ts"], { cwd: root, env: { ...process.env, SKIP_BUILD: "1" }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 });
    extra.push("## A light reading page: Lighthouse (issue 20)\n", run.status === 0 ? run.stdout.trim() : `bench-lighthouse failed (its progress and error are above)`);
  }

  // --- 4b. the production topology: nginx in front of the app processes (scripts/bench-edge.ts)
  if (process.env.BENCH_SKIP_EDGE !== "1") {
    log("the edge (scripts/bench-edge.ts)");
    const run = spawnSync("npx", ["tsx", "scripts/bench-edge.ts"], { cwd: root, env: { ...process.env, BENCH_SKIP_BUILD: "1" }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    extra.push("## Through the edge: nginx and several app processes (issue 20)\n", run.status === 0 ? run.stdout.trim() : `bench-edge failed: ${run.stderr.slice(-800)}`);
  }

  // --- 5. /guides, search, the build and cold start at 1× and a true 100× (its stdout is the report, its progress goes to stderr)
  if (process.env.BENCH_SKIP_GUIDES !== "1") {
    log("guides at 1× and 100× (scripts/bench-guides.ts)");
    const run = spawnSync("npx", ["tsx", "scripts/bench-guides.ts"], { cwd: root, env: process.env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 });
    extra.push("## /guides and search at 1× and 100× the guides\n", run.status === 0 ? run.stdout.trim() : `bench-guides failed (its progress and error are above)`);
  }

  // --- 6. what the translations cost at build time
  if (process.env.BENCH_SKIP_LOCALES !== "1") {
    log("build at 5 languages vs English only (scripts/bench-locales.ts)");
    const run = spawnSync("npx", ["tsx", "scripts/bench-locales.ts"], { cwd: root, env: process.env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    extra.push("## Languages: build time and size\n", run.status === 0 ? run.stdout.trim() : `bench-locales failed: ${run.stderr.slice(-800)}`);
  }
} finally {
  stopApp();
  for (const s of servers) s.close();
  await sql.end();
  await db.$disconnect();
  await throwaway.drop();
  await server.stop();
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const cpu = (m: Measured) => (Number.isFinite(m.cpuMs) ? `${m.cpuMs.toFixed(2)} ms` : "");
const table = [
  "| what | app | baseline | ratio (req/s) | app p50 / p95 / p99 | baseline p95 | server CPU per request: app / baseline | target |",
  "|---|---|---|---|---|---|---|---|",
  ...rows.map(
    (r) =>
      `| ${r.what} | ${r.app.rps.toFixed(0)} req/s | ${r.baselineLabel}: ${r.baseline.rps.toFixed(0)} req/s | **${(r.app.rps / r.baseline.rps).toFixed(2)}×** | ${ms(r.app.p50)} / ${ms(r.app.p95)} / ${ms(r.app.p99)} | ${ms(r.baseline.p95)} | ${cpu(r.app)}${cpu(r.baseline) ? ` / ${cpu(r.baseline)}` : ""} | ${r.target ?? ""} |`,
  ),
].join("\n");
const errors = rows.reduce((n, r) => n + r.app.errors, 0);
const floorOf = (key: string) => rows.find((r) => r.floor === key);
const ratio = (key: string) => {
  const r = floorOf(key);
  return r ? `${(r.app.rps / r.baseline.rps).toFixed(2)}×` : "n/a";
};
const proxy = floorOf("proxy");
const floorNote = `**The floor** (rows marked "floor", the same run): an empty Next.js route handler answers at ${ratio("handler c=10")} of the bare
\`pg\` statement at c=10 and ${ratio("handler c=50")} at c=50; a dynamic page with no database at ${ratio("page c=1")} / ${ratio("page c=20")} of
the bare read at c=1 / c=20, with a p95 of ${floorOf("page c=10") ? ms(floorOf("page c=10")!.app.p95) : "n/a"} at c=10 before any search or card is rendered; the smallest prerendered page at ${ratio("static")} of a static server. A target above its floor cannot be
met inside \`next start\` by any change to our code. proxy.ts costs a request it runs on ${proxy ? (proxy.app.cpuMs - proxy.baseline.cpuMs).toFixed(2) : "n/a"} ms of
server CPU, which is why the tick routes skip it.`;
const doc = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (shared), Node ${process.version},
a throwaway PostgreSQL database, a production build served by \`next start\` on loopback. Every figure stands beside a baseline
measured in the same run with the same closed-loop client (scripts/load-loop.ts, ${SECONDS} s per measurement): absolute times
drift on this shared machine, the ratios are what to compare. Errors in the app runs: ${errors}.

Statements per request (counted in tests/integration/statement-count.test.ts): a tick is 2 on raw \`pg\` (the session,
then one \`INSERT … ON CONFLICT DO NOTHING\` or \`DELETE\`, no transaction); the signed-in page data (GET /api/me) is 2
(session with the user and their plan, then the ticks) plus the public step counts; /checklist is 2 on raw \`pg\` (session with the user and
the plan, then the ticks). "Server CPU per request" is the CPU time of the \`next start\` process group divided by the
requests it answered: the figure least disturbed by other work on this shared machine.

${table}

${floorNote}

${extra.join("\n\n")}

Load, soak and resilience runs have their own commands and figures: \`npm run bench:load\` (docs/benchmarks-load.md),
\`npm run bench:soak\`, \`npm run test:resilience\`.
`;
writeFileSync(path.join(root, "docs/benchmarks.md"), doc);
console.log(`\n${table}\n\n${extra.join("\n\n")}\n\nWrote docs/benchmarks.md`);
for (const r of rows) console.log(`${r.what}: app ${fmt(r.app)} | baseline ${fmt(r.baseline)}`);
process.exit(errors ? 1 : 0);
