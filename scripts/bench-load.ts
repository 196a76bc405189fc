/**
 * `npm run bench:load`: many signed-in people at once against a production server on loopback.
 *
 * LOAD_USERS (200) simulated users for LOAD_SECONDS (60), arriving over LOAD_RAMP_SECONDS (5), each a closed loop (no think time unless
 * LOAD_THINK_MS) of: GET a guide page, GET /guides/search?q=<term>, POST /api/progress ticking or unticking
 * one of its LOAD_STEPS_PER_USER (8) steps. Sessions are made directly in a throwaway database (a
 * Session row with a random token for a fresh User, sent as the authjs.session-token cookie); POSTs
 * carry Origin: SITE_URL like a browser's. Plain node:http with one keep-alive agent bounded to one
 * socket per user. Stops by itself (a watchdog ends it if the server hangs).
 *
 * Prints per kind: requests, errors (any non-2xx or network error; must be 0), p50/p95/p99; then checks
 * that the database holds exactly the last state every user set for every step (mismatches must be 0).
 * Writes the summary to docs/benchmarks-load.md. Exits non-zero on any error or mismatch.
 * SKIP_BUILD=1 (or BENCH_SKIP_BUILD=1) reuses the last `next build`.
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { cleanup, cleanups, cleanUpOnSignals, ensureBuild, freePort, migratedThrowawayDatabase, prng, productionServerEnv, runMain, startProductionServer } from "./harness.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { loadGuides } from "../lib/content/guides.ts";

const root = path.resolve(import.meta.dirname, "..");

function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  return value;
}
const USERS = intFromEnv("LOAD_USERS", 200, 1, 5000);
const SECONDS = intFromEnv("LOAD_SECONDS", 60, 1, 3600);
const THINK_MS = intFromEnv("LOAD_THINK_MS", 0, 0, 60_000);
const STEPS_PER_USER = intFromEnv("LOAD_STEPS_PER_USER", 8, 1, 1000);
/** Users arrive spread over this many seconds (counted in the run), not all in the same instant. */
const RAMP_SECONDS = intFromEnv("LOAD_RAMP_SECONDS", 5, 0, 600);
const REQUEST_TIMEOUT_MS = 30_000;
/** From the start of the load on: the run ends by itself even if the server stops answering. */
const WATCHDOG_MS = (SECONDS + 180) * 1000;

cleanUpOnSignals();
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Same as scripts/resilience.ts: reuse with SKIP_BUILD=1, otherwise build, waiting for another run's build lock. */

// ---------------------------------------------------------------------------------------------------
// A minimal HTTP client: one bounded keep-alive agent, latency to the last byte of the body.

type Result = { status: number; ms: number; error?: string; body?: string };

function makeClient(base: URL, maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: "lifo" });
  const connections = { opened: 0, closedByServer: 0 };
  const track = (socket: import("node:net").Socket) => {
    connections.opened++;
    socket.once("end", () => connections.closedByServer++);
  };
  const request = (method: "GET" | "POST", pathname: string, headers: Record<string, string>, body?: string): Promise<Result> =>
    new Promise((resolve) => {
      const start = performance.now();
      let settled = false;
      const done = (r: Omit<Result, "ms">) => {
        if (settled) return;
        settled = true;
        resolve({ ...r, ms: performance.now() - start });
      };
      const req = http.request(
        { agent, host: base.hostname, port: base.port, method, path: pathname, headers: body === undefined ? headers : { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
        (res) => {
          const chunks: Buffer[] = [];
          const ok = res.statusCode! >= 200 && res.statusCode! < 300;
          res.on("data", (c: Buffer) => !ok && chunks.push(c));
          res.on("end", () => done({ status: res.statusCode!, body: ok ? undefined : Buffer.concat(chunks).toString("utf8").slice(0, 300) }));
          res.on("error", (e) => done({ status: 0, error: e.message }));
        },
      );
      req.once("socket", (socket) => {
        if (!req.reusedSocket) track(socket);
      });
      req.setTimeout(REQUEST_TIMEOUT_MS, () =>
        req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s (${req.reusedSocket ? "kept-alive" : "new"} connection)`)),
      );
      req.on("error", (e) => done({ status: 0, error: `${(e as NodeJS.ErrnoException).code ?? e.message}${(e as NodeJS.ErrnoException).code ? ` (${req.reusedSocket ? "kept-alive" : "new"} connection)` : ""}` }));
      req.end(body);
    });
  return { request, connections, close: () => agent.destroy() };
}

// ---------------------------------------------------------------------------------------------------

type Kind = "guide page GET" | "search GET /guides/search?q=" | "tick POST /api/progress";
const KINDS: Kind[] = ["guide page GET", "search GET /guides/search?q=", "tick POST /api/progress"];
type Stats = { samples: number[]; errors: number; causes: Map<string, number>; slowest: { ms: number; path: string; status: number }[] };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<number> {
  const guides = loadGuides();
  const allSteps = guides.flatMap((g) => g.steps.map((s) => ({ guide: g.slug, stepId: s.id })));
  const terms = ["instagram", "training", "opt out", "chatgpt", "meta", "voice", "google", "photos", "linkedin", "nothing-matches-this"];

  const databaseUrl = await migratedThrowawayDatabase("untrain_load");
  const db = createPrismaClient(databaseUrl);
  cleanups.push(() => db.$disconnect());
  log(`throwaway database ${new URL(databaseUrl).pathname.slice(1)}`);

  // Users and sessions straight in the database (what a completed magic-link sign-in leaves behind).
  const run = randomUUID().slice(0, 8);
  const emails = Array.from({ length: USERS + 1 }, (_, i) => `load-${run}-${i}@bench.invalid`);
  await db.user.createMany({ data: emails.map((email) => ({ email })) });
  const byEmail = new Map((await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map((u) => [u.email!, u.id]));
  const people = emails.map((email) => ({ userId: byEmail.get(email)!, token: randomUUID() }));
  await db.session.createMany({ data: people.map((p) => ({ userId: p.userId, sessionToken: p.token, expires: new Date(Date.now() + 86_400_000) })) });
  const warmupUser = people.pop()!;
  log(`${people.length} users with sessions (+1 for warm-up)`);

  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const env = productionServerEnv(databaseUrl, site);
  ensureBuild(env, log);
  const app = await startProductionServer(port, env);
  cleanups.push(app.stop);
  log(`app on ${site}`);

  const client = makeClient(new URL(site), USERS + 1);
  cleanups.push(client.close);
  const jsonHeaders = (token: string) => ({ "Content-Type": "application/json", Cookie: `authjs.session-token=${token}`, Origin: site });
  const getHeaders = (token: string) => ({ Cookie: `authjs.session-token=${token}`, Accept: "text/html" });

  // Warm-up (not counted): every kind a few times, so first-render costs stay out of the figures.
  for (let i = 0; i < 10; i++) {
    const step = allSteps[i % allSteps.length]!;
    const results = [
      await client.request("GET", `/guides/${guides[i % guides.length]!.slug}`, getHeaders(warmupUser.token)),
      await client.request("GET", `/guides/search?q=${encodeURIComponent(terms[i % terms.length]!)}`, getHeaders(warmupUser.token)),
      await client.request("POST", "/api/progress", jsonHeaders(warmupUser.token), JSON.stringify({ ...step, done: true })),
    ];
    const bad = results.find((r) => r.status < 200 || r.status >= 300);
    if (bad) throw new Error(`warm-up request failed: ${bad.status} ${bad.error ?? bad.body ?? ""}`);
  }
  log(`warm-up done; ${USERS} users for ${SECONDS} s${THINK_MS ? `, ${THINK_MS} ms think time` : ", no think time"}`);

  const stats = new Map<Kind, Stats>(KINDS.map((k) => [k, { samples: [], errors: 0, causes: new Map(), slowest: [] }]));
  const record = (kind: Kind, r: Result, pathname: string) => {
    const s = stats.get(kind)!;
    s.samples.push(r.ms);
    if (s.slowest.length < 3 || r.ms > s.slowest.at(-1)!.ms) {
      s.slowest.push({ ms: r.ms, path: pathname, status: r.status });
      s.slowest.sort((a, b) => b.ms - a.ms).splice(3);
    }
    if (r.status >= 200 && r.status < 300) return;
    s.errors++;
    const cause = r.status ? `${r.status}${r.body ? ` ${r.body.replace(/\s+/g, " ").slice(0, 120)}` : ""}` : `network: ${r.error}`;
    s.causes.set(cause, (s.causes.get(cause) ?? 0) + 1);
  };

  /** Last state each user set for each of its steps: `${userId} ${guide} ${stepId}` → done. */
  const lastSet = new Map<string, boolean>();
  /** Whether the server said 2xx to that last change (a refused change is an error already counted). */
  const lastAccepted = new Map<string, boolean>();
  armWatchdog();
  const loadBefore = os.loadavg()[0]!;
  const startedAt = performance.now();
  const deadline = startedAt + SECONDS * 1000;
  const think = () => (THINK_MS ? new Promise((r) => setTimeout(r, THINK_MS)) : Promise.resolve());

  const userLoop = async (person: { userId: string; token: string }, index: number) => {
    const random = prng(index + 1);
    const mySteps = Array.from({ length: STEPS_PER_USER }, () => allSteps[Math.floor(random() * allSteps.length)]!);
    const done = new Map<string, boolean>();
    // Arrivals spread over the ramp (index order, so the ramp is even), as real arrivals would be.
    await new Promise((r) => setTimeout(r, (index / USERS) * RAMP_SECONDS * 1000));
    while (performance.now() < deadline) {
      const guide = guides[Math.floor(random() * guides.length)]!;
      record("guide page GET", await client.request("GET", `/guides/${guide.slug}`, getHeaders(person.token)), `/guides/${guide.slug}`);
      await think();
      if (performance.now() >= deadline) break;
      const search = `/guides/search?q=${encodeURIComponent(terms[Math.floor(random() * terms.length)]!)}`;
      record("search GET /guides/search?q=", await client.request("GET", search, getHeaders(person.token)), search);
      await think();
      if (performance.now() >= deadline) break;
      const step = mySteps[Math.floor(random() * mySteps.length)]!;
      const key = `${step.guide} ${step.stepId}`;
      const next = !(done.get(key) ?? false);
      done.set(key, next);
      lastSet.set(`${person.userId} ${key}`, next);
      const result = await client.request("POST", "/api/progress", jsonHeaders(person.token), JSON.stringify({ ...step, done: next }));
      lastAccepted.set(`${person.userId} ${key}`, result.status >= 200 && result.status < 300);
      record("tick POST /api/progress", result, `/api/progress ${step.guide}/${step.stepId}`);
      await think();
    }
  };

  const progress = setInterval(() => {
    const total = [...stats.values()].reduce((n, s) => n + s.samples.length, 0);
    const errors = [...stats.values()].reduce((n, s) => n + s.errors, 0);
    const elapsed = (performance.now() - startedAt) / 1000;
    log(`${elapsed.toFixed(0)} s: ${total} requests (${(total / elapsed).toFixed(0)}/s), ${errors} errors`);
  }, 10_000);
  await Promise.all(people.map((p, i) => userLoop(p, i)));
  clearInterval(progress);
  const elapsedSeconds = (performance.now() - startedAt) / 1000;
  const loadAfter = os.loadavg()[0]!;
  const appAlive = app.child.exitCode === null && app.child.signalCode === null;

  // --- the database must hold exactly the last state each user set
  const rows = await db.stepCompletion.findMany({ where: { userId: { in: people.map((p) => p.userId) } }, select: { userId: true, guide: true, stepId: true } });
  const inDb = new Set(rows.map((r) => `${r.userId} ${r.guide} ${r.stepId}`));
  const mismatches: string[] = [];
  let acceptedButWrong = 0;
  for (const [key, want] of lastSet) {
    if (inDb.has(key) === want) continue;
    const accepted = lastAccepted.get(key) ?? false;
    if (accepted) acceptedButWrong++;
    mismatches.push(`${key}: last set ${want ? "ticked" : "unticked"} (server said ${accepted ? "2xx" : "error"}), database has ${want ? "no row" : "a row"}`);
  }
  for (const key of inDb) if (!lastSet.has(key)) mismatches.push(`${key}: a row nobody ticked`);
  const ticked = [...lastSet.values()].filter(Boolean).length;

  // --- report
  const lines: string[] = [];
  const header = "| kind | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |";
  lines.push(header, "|---|---:|---:|---:|---:|---:|---:|---:|");
  let totalRequests = 0;
  let totalErrors = 0;
  for (const kind of KINDS) {
    const s = stats.get(kind)!;
    const sorted = [...s.samples].sort((a, b) => a - b);
    totalRequests += sorted.length;
    totalErrors += s.errors;
    const f = (n: number) => (Number.isNaN(n) ? "—" : n.toFixed(1));
    lines.push(`| ${kind} | ${sorted.length} | ${s.errors} | ${(sorted.length / elapsedSeconds).toFixed(0)} | ${f(percentile(sorted, 50))} | ${f(percentile(sorted, 95))} | ${f(percentile(sorted, 99))} | ${f(sorted.at(-1) ?? NaN)} |`);
  }
  lines.push(`| all | ${totalRequests} | ${totalErrors} | ${(totalRequests / elapsedSeconds).toFixed(0)} | | | | |`);
  const causes = KINDS.flatMap((k) => [...stats.get(k)!.causes].map(([cause, n]) => `${k}: ${n}× ${cause}`));
  const dbLine =
    `database check: ${lastSet.size} (user, step) pairs set, ${ticked} ticked at the end, ${rows.length} rows, ${mismatches.length} mismatches` +
    (mismatches.length ? ` (${mismatches.length - acceptedButWrong} whose last change was refused with an error, ${acceptedButWrong} the server had accepted)` : "");

  const settings = [
    USERS !== 200 && `LOAD_USERS=${USERS}`,
    SECONDS !== 60 && `LOAD_SECONDS=${SECONDS}`,
    THINK_MS && `LOAD_THINK_MS=${THINK_MS}`,
    STEPS_PER_USER !== 8 && `LOAD_STEPS_PER_USER=${STEPS_PER_USER}`,
    RAMP_SECONDS !== 5 && `LOAD_RAMP_SECONDS=${RAMP_SECONDS}`,
  ].filter(Boolean);
  const command = [...settings, "npm run bench:load"].join(" ");
  const machine = `${os.cpus().length} cores, shared`;
  const connectionLine = `connections opened by the load generator: ${client.connections.opened} (closed by the server: ${client.connections.closedByServer})`;
  const loadLine = `1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (other work on the machine counts too)`;
  console.log(`\n=== load: ${USERS} users, ${elapsedSeconds.toFixed(1)} s, loopback, ${machine}, node ${process.version} ===`);
  console.log(lines.join("\n"));
  console.log(loadLine);
  console.log(connectionLine);
  if (causes.length) console.log(`errors by cause:\n  ${causes.join("\n  ")}`);
  console.log(`slowest:\n  ${KINDS.map((k) => stats.get(k)!.slowest.map((x) => `${x.path} ${x.ms.toFixed(0)} ms (${x.status || "no answer"})`).join(", ")).join("\n  ")}`);
  console.log(dbLine);
  for (const m of mismatches.slice(0, 20)) console.log(`  - ${m}`);
  if (!appAlive) console.log("the app server DIED during the run");

  const date = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
  const doc = [
    "# Load benchmark",
    "",
    "Written by `npm run bench:load` (scripts/bench-load.ts); rerun it to refresh this page.",
    `Users arrive over the first ${RAMP_SECONDS} s; each is a closed loop (${THINK_MS ? `${THINK_MS} ms think time` : "no think time"}) of a guide page GET, a \`/guides/search?q=\` search GET and a signed-in tick/untick`,
    `(POST /api/progress, one of its ${STEPS_PER_USER} steps), against one production server (\`next start\`) and PostgreSQL on the same machine,`,
    "over loopback. The load generator runs on the same cores, so the figures are a floor for one app process, not a capacity claim.",
    "",
    "| date | machine | command | users | seconds | result |",
    "|---|---|---|---:|---:|---|",
    `| ${date} | ${machine} (node ${process.version}) | \`${command}\` | ${USERS} | ${elapsedSeconds.toFixed(1)} | ${totalErrors} errors, ${mismatches.length} database mismatches |`,
    "",
    ...lines,
    "",
    dbLine + ".",
    "",
    loadLine + ".",
    connectionLine + ".",
    ...(causes.length ? ["", "Errors by cause:", "", ...causes.map((c) => `- ${c}`)] : []),
    "",
  ].join("\n");
  writeFileSync(path.join(root, "docs/benchmarks-load.md"), doc);
  log("wrote docs/benchmarks-load.md");

  const failed = totalErrors > 0 || mismatches.length > 0 || !appAlive || totalRequests === 0;
  if (failed) {
    const serverErrors = app.log.join("").slice(-4000);
    console.log(`\nFAILED: ${totalErrors} errors, ${mismatches.length} mismatches${appAlive ? "" : ", server died"}\n--- app server log (tail) ---\n${serverErrors}`);
    return 1;
  }
  console.log("\nPASSED: no errors, the database matches every user's last change.");
  return 0;
}

function armWatchdog() {
  setTimeout(() => {
    console.error(`bench:load: still running ${WATCHDOG_MS / 1000} s after the load started, giving up.`);
    void cleanup().finally(() => process.exit(1));
  }, WATCHDOG_MS).unref();
}

await runMain(main);
