/**
 * `npm run bench:soak`: does a production server's memory stay flat under a long mixed load?
 *
 * One production server (`next start`) on a throwaway database, SOAK_CONCURRENCY (20) closed loops
 * for SOAK_MINUTES (30) of a weighted mix of what readers and signed-in people do: guide pages, /guides,
 * the server-rendered search (fixed terms and never-repeated ones, as real searches are), /checklist,
 * ticks and unticks (POST /api/progress), reading ticks (GET /api/progress?guide= and/or /api/me?guide=,
 * whichever this build answers), /api/auth/session and /signin, signed in and anonymous, and the RSC
 * prefetches a guide page's links make. Every request asks for gzip like a browser. Sessions are rows
 * made directly in the database, sent as the authjs.session-token cookie.
 *
 * Every SOAK_SAMPLE_SECONDS (30) it reads VmRSS of the process that listens on the port (not the
 * npx/next wrapper, see DESIGN.md) from /proc/<pid>/status, and prints the curve. Verdict: the final
 * RSS against the RSS once warmed up (the sample at SOAK_WARMUP_MINUTES, 3; at most half the run):
 * pass if it grew by at most 20 % (SOAK_MAX_GROWTH_PERCENT). A fall is reported, never a failure.
 * Also fails if the server dies or more than 0.1 % of requests fail. A watchdog ends the run 5
 * minutes after its planned end whatever happens.
 *
 * SKIP_BUILD=1 (or BENCH_SKIP_BUILD=1) reuses the last `next build` (it builds when there is none).
 * SOAK_SERVER_NODE_OPTIONS is passed to the server as NODE_OPTIONS (e.g. --heapsnapshot-signal=SIGUSR2,
 * or --max-old-space-size=…); the server's pid is printed so you can signal it.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { cleanup, cleanups, cleanUpOnSignals, ensureBuild, freePort, migratedThrowawayDatabase, prng, productionServerEnv, runMain, startProductionServer } from "./harness.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { loadGuides } from "../lib/content/guides.ts";

function numberFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}".`);
  return value;
}
const MINUTES = numberFromEnv("SOAK_MINUTES", 30, 0.5, 24 * 60);
const CONCURRENCY = numberFromEnv("SOAK_CONCURRENCY", 20, 1, 500);
const SAMPLE_SECONDS = numberFromEnv("SOAK_SAMPLE_SECONDS", 30, 1, 600);
const WARMUP_MINUTES = Math.min(numberFromEnv("SOAK_WARMUP_MINUTES", 3, 0, 60), MINUTES / 2);
const MAX_GROWTH = numberFromEnv("SOAK_MAX_GROWTH_PERCENT", 20, 0, 1000) / 100;
const USERS = 50;
const REQUEST_TIMEOUT_MS = 30_000;
const WATCHDOG_MS = (MINUTES + 5) * 60_000;

cleanUpOnSignals();
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Same as scripts/bench-load.ts: reuse with SKIP_BUILD=1, otherwise build, waiting for another run's build lock. */

// ---------------------------------------------------------------------------------------------------
// The server process: the one holding the listening socket, found through /proc.

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; the inode is the 10th field.
      if (f.length > 9 && f[1]!.endsWith(`:${hexPort}`) && f[3] === "0A") inodes.add(f[9]!);
    }
  }
  return inodes;
}

/** The pid among the server's process group that listens on `port`. */
function listeningPid(port: number, groupId: number): number | null {
  const inodes = listeningInodes(port);
  if (!inodes.size) return null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the ")" of comm: state ppid pgrp …
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== groupId) continue;
      for (const fd of readdirSync(`/proc/${entry}/fd`)) {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return Number(entry);
      }
    } catch {
      // gone, or not ours to read
    }
  }
  return null;
}

type Memory = { rssMb: number; anonMb: number };
function memoryOf(pid: number): Memory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMb: kb("VmRSS") / 1024, anonMb: kb("RssAnon") / 1024 };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// A minimal HTTP client: one bounded keep-alive agent; bodies are read to the end and dropped.

type Result = { status: number; error?: string; body?: string; location?: string };
/** Every browser asks for compressed answers, so the server compresses as it would in production. */
const BROWSER_HEADERS = { "Accept-Encoding": "gzip, deflate, br, zstd", "User-Agent": "untrain-bench-soak" };

/** An error body as text for the report (bodies are compressed: we asked for it). */
function readable(body: Buffer, encoding: string | undefined): string {
  try {
    const plain = encoding === "gzip" ? gunzipSync(body) : encoding === "br" ? brotliDecompressSync(body) : encoding === "deflate" ? inflateSync(body) : body;
    return plain.toString("utf8").slice(0, 300);
  } catch {
    return `(${body.length} bytes, ${encoding ?? "unknown"} encoding)`;
  }
}

function makeClient(base: URL, maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: "lifo" });
  const request = (method: "GET" | "POST", pathname: string, headers: Record<string, string>, body?: string): Promise<Result> =>
    new Promise((resolve) => {
      let settled = false;
      const done = (r: Result) => {
        if (settled) return;
        settled = true;
        resolve(r);
      };
      const req = http.request(
        { agent, host: base.hostname, port: base.port, method, path: pathname, headers: { ...BROWSER_HEADERS, ...headers, ...(body === undefined ? {} : { "Content-Length": String(Buffer.byteLength(body)) }) } },
        (res) => {
          const chunks: Buffer[] = [];
          const ok = res.statusCode! >= 200 && res.statusCode! < 400;
          res.on("data", (c: Buffer) => !ok && chunks.push(c));
          const location = typeof res.headers.location === "string" ? res.headers.location : undefined;
          res.on("end", () => done({ status: res.statusCode!, location, body: ok ? undefined : readable(Buffer.concat(chunks), res.headers["content-encoding"]) }));
          res.on("error", (e) => done({ status: 0, error: e.message }));
        },
      );
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)));
      req.on("error", (e) => done({ status: 0, error: (e as NodeJS.ErrnoException).code ?? e.message }));
      req.end(body);
    });
  return { request, close: () => agent.destroy() };
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const guides = loadGuides();
  const allSteps = guides.flatMap((g) => g.steps.map((s) => ({ guide: g.slug, stepId: s.id })));
  const terms = ["meta", "instagram", "training", "opt out", "chatgpt", "voice", "google", "photos", "linkedin", "nothing-matches-this"];

  const databaseUrl = await migratedThrowawayDatabase("untrain_soak");
  const db = createPrismaClient(databaseUrl);
  cleanups.push(() => db.$disconnect());
  log(`throwaway database ${new URL(databaseUrl).pathname.slice(1)}`);

  const run = randomUUID().slice(0, 8);
  const emails = Array.from({ length: USERS }, (_, i) => `soak-${run}-${i}@bench.invalid`);
  await db.user.createMany({ data: emails.map((email) => ({ email })) });
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
  const people = users.map((u) => ({ userId: u.id, token: randomUUID() }));
  await db.session.createMany({ data: people.map((p) => ({ userId: p.userId, sessionToken: p.token, expires: new Date(Date.now() + 7 * 86_400_000) })) });

  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const env = productionServerEnv(databaseUrl, site);
  ensureBuild(env, log);
  const serverEnv = { ...env };
  if (process.env.SOAK_SERVER_NODE_OPTIONS) serverEnv.NODE_OPTIONS = process.env.SOAK_SERVER_NODE_OPTIONS;
  else delete serverEnv.NODE_OPTIONS;
  const app = await startProductionServer(port, serverEnv);
  cleanups.push(app.stop);
  const pid = listeningPid(port, app.child.pid!);
  if (!pid) throw new Error(`no process of the server's group listens on ${port}`);
  log(`app on ${site}, listening pid ${pid} (wrapper pid ${app.child.pid})${serverEnv.NODE_OPTIONS ? `, NODE_OPTIONS=${serverEnv.NODE_OPTIONS}` : ""}`);

  const client = makeClient(new URL(site), CONCURRENCY);
  cleanups.push(client.close);

  const counts = new Map<string, { n: number; errors: number }>();
  const causes = new Map<string, number>();
  const record = (kind: string, r: Result) => {
    const c = counts.get(kind) ?? { n: 0, errors: 0 };
    counts.set(kind, c);
    c.n++;
    if (r.status >= 200 && r.status < 400) return;
    c.errors++;
    const cause = `${kind}: ${r.status ? `${r.status} ${(r.body ?? "").replace(/\s+/g, " ").slice(0, 100)}` : `network: ${r.error}`}`;
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
  };
  const json = (token: string) => ({ Cookie: `authjs.session-token=${token}`, Accept: "application/json" });
  const html = (token: string | null): Record<string, string> => (token ? { Cookie: `authjs.session-token=${token}`, Accept: "text/html" } : { Accept: "text/html" });

  // The routes move as the site changes (the search page, the endpoint that reads ticks): use the ones this build has.
  const someone = people[0]!.token;
  const answers = async (pathname: string, headers: Record<string, string>) => {
    const r = await client.request("GET", pathname, headers);
    return r.status >= 200 && r.status < 300;
  };
  const searchPath = (await answers("/guides/search?q=meta", html(null))) ? "/guides/search" : "/guides";
  const tickReaders = [
    ...((await answers(`/api/progress?guide=${guides[0]!.slug}`, json(someone))) ? ["/api/progress"] : []),
    ...((await answers(`/api/me?guide=${guides[0]!.slug}`, json(someone))) ? ["/api/me"] : []),
  ];
  log(`search at ${searchPath}?q=; ticks read from ${tickReaders.map((p) => `${p}?guide=`).join(" and ") || "(no GET endpoint)"}`);

  type Person = { userId: string; token: string };
  type Action = { weight: number; run: (ctx: { person: Person; anonymous: boolean; guide: string; random: () => number }) => Promise<void> };
  const pickFrom = <T>(random: () => number, list: T[]) => list[Math.floor(random() * list.length)]!;
  let unique = 0;
  const actions: Action[] = [
    { weight: 25, run: async ({ person, anonymous, guide }) => record("guide page", await client.request("GET", `/guides/${guide}`, html(anonymous ? null : person.token))) },
    {
      // What a guide page's links prefetch in a browser: an RSC request, answered once it carries the right _rsc key.
      weight: 5,
      run: async ({ person, anonymous, guide, random }) => {
        const target = pickFrom(random, ["/guides", "/checklist", `/signin?callbackUrl=${encodeURIComponent(`/guides/${guide}`)}`, `/guides/${pickFrom(random, guides).slug}`]);
        const headers = { ...(anonymous ? {} : { Cookie: `authjs.session-token=${person.token}` }), Accept: "*/*", RSC: "1", "Next-Router-Prefetch": "1", "Next-Url": `/guides/${guide}` };
        let r = await client.request("GET", target, headers);
        if (r.status === 307 && r.location?.startsWith("/")) r = await client.request("GET", r.location, headers);
        record("RSC prefetch", r);
      },
    },
    { weight: 6, run: async ({ person, anonymous }) => record("/guides", await client.request("GET", "/guides", html(anonymous ? null : person.token))) },
    {
      // Half fixed terms, half never asked before: a search's cost must not depend on how many were asked.
      weight: 14,
      run: async ({ person, anonymous, random }) => {
        const q = random() < 0.5 ? pickFrom(random, terms) : `${pickFrom(random, terms)} ${(unique++).toString(36)}`;
        record(`${searchPath}?q=`, await client.request("GET", `${searchPath}?q=${encodeURIComponent(q)}`, html(anonymous ? null : person.token)));
      },
    },
    { weight: 10, run: async ({ person }) => record("/checklist", await client.request("GET", "/checklist", html(person.token))) },
    {
      weight: 15,
      run: async ({ person, random }) => {
        const body = JSON.stringify({ ...pickFrom(random, allSteps), done: random() < 0.6 });
        record("tick POST /api/progress", await client.request("POST", "/api/progress", { ...json(person.token), "Content-Type": "application/json", Origin: site }, body));
      },
    },
    ...tickReaders.map(
      (reader): Action => ({ weight: 10 / tickReaders.length, run: async ({ person, guide }) => record(`${reader}?guide=`, await client.request("GET", `${reader}?guide=${guide}`, json(person.token))) }),
    ),
    { weight: 10, run: async ({ person, anonymous }) => record("/api/auth/session", await client.request("GET", "/api/auth/session", anonymous ? { Accept: "application/json" } : json(person.token))) },
    { weight: 5, run: async ({ guide }) => record("/signin", await client.request("GET", `/signin?callbackUrl=${encodeURIComponent(`/guides/${guide}`)}`, html(null))) },
  ];
  const totalWeight = actions.reduce((n, a) => n + a.weight, 0);

  const startedAt = Date.now();
  const deadline = startedAt + MINUTES * 60_000;
  setTimeout(() => {
    console.error(`bench:soak: still running ${WATCHDOG_MS / 60_000} min after the load started, giving up.`);
    void cleanup().finally(() => process.exit(1));
  }, WATCHDOG_MS).unref();

  const loop = async (index: number) => {
    const random = prng(index + 1);
    while (Date.now() < deadline) {
      let roll = random() * totalWeight;
      const action = actions.find((a) => (roll -= a.weight) < 0) ?? actions.at(-1)!;
      await action.run({ person: pickFrom(random, people), anonymous: random() < 0.3, guide: pickFrom(random, guides).slug, random });
    }
  };

  // --- RSS over time
  const samples: { minute: number; rssMb: number; anonMb: number; requests: number }[] = [];
  const totalRequests = () => [...counts.values()].reduce((n, c) => n + c.n, 0);
  const sample = () => {
    const m = memoryOf(pid);
    if (!m) return;
    const s = { minute: (Date.now() - startedAt) / 60_000, ...m, requests: totalRequests() };
    samples.push(s);
    log(`${s.minute.toFixed(1).padStart(5)} min  RSS ${s.rssMb.toFixed(0).padStart(5)} MB  (anon ${s.anonMb.toFixed(0)} MB)  ${s.requests} requests`);
  };
  log(`${CONCURRENCY} loops for ${MINUTES} min, RSS every ${SAMPLE_SECONDS} s, warm-up ${WARMUP_MINUTES} min`);
  sample();
  const sampler = setInterval(sample, SAMPLE_SECONDS * 1000);
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => loop(i)));
  clearInterval(sampler);
  sample();
  const appAlive = app.child.exitCode === null && app.child.signalCode === null && memoryOf(pid) !== null;

  // --- verdict
  const minutes = (Date.now() - startedAt) / 60_000;
  const warm = samples.find((s) => s.minute >= WARMUP_MINUTES) ?? samples[0]!;
  const final = samples.at(-1)!;
  const peak = samples.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
  const growth = final.rssMb / warm.rssMb - 1;
  const requests = totalRequests();
  const errors = [...counts.values()].reduce((n, c) => n + c.errors, 0);

  console.log(`\n=== soak: ${CONCURRENCY} loops, ${minutes.toFixed(1)} min, ${os.cpus().length} cores, node ${process.version} ===`);
  console.log("| minute | RSS MB | anon MB | requests |\n|---:|---:|---:|---:|");
  for (const s of samples) console.log(`| ${s.minute.toFixed(1)} | ${s.rssMb.toFixed(0)} | ${s.anonMb.toFixed(0)} | ${s.requests} |`);
  console.log(`\nrequests: ${requests} (${(requests / (minutes * 60)).toFixed(0)}/s), errors: ${errors}`);
  console.log([...counts].map(([k, c]) => `  ${k}: ${c.n}${c.errors ? ` (${c.errors} errors)` : ""}`).join("\n"));
  for (const [cause, n] of [...causes].slice(0, 10)) console.log(`  ${n}× ${cause}`);
  console.log(
    `RSS after warm-up (${warm.minute.toFixed(1)} min): ${warm.rssMb.toFixed(0)} MB; final: ${final.rssMb.toFixed(0)} MB (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %); peak ${peak.rssMb.toFixed(0)} MB at ${peak.minute.toFixed(1)} min`,
  );

  const problems: string[] = [];
  if (!appAlive) problems.push("the app server died");
  if (growth > MAX_GROWTH) problems.push(`RSS grew ${(growth * 100).toFixed(1)} % after warm-up (limit ${(MAX_GROWTH * 100).toFixed(0)} %)`);
  if (requests === 0 || errors / requests > 0.001) problems.push(`${errors} of ${requests} requests failed`);
  if (growth < -MAX_GROWTH) console.log(`note: RSS fell ${(-growth * 100).toFixed(1)} % after warm-up (not a failure)`);
  if (problems.length) {
    console.log(`\nFAILED: ${problems.join("; ")}\n--- app server log (tail) ---\n${app.log.join("").slice(-3000)}`);
    return 1;
  }
  console.log(`\nPASSED: RSS ended within ${(MAX_GROWTH * 100).toFixed(0)} % of where it settled after warm-up.`);
  return 0;
}

await runMain(main);
