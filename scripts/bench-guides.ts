/**
 * `npm run bench:guides`: the guide list and its search at 1× and 100× the content, each beside a
 * baseline in the same run (a bare Node HTTP server answering with the same bytes from memory).
 *
 *   1. Copies the project (without node_modules, .next, .data, .git) into a temporary folder, with
 *      node_modules hard-linked, builds it and serves it with `next start`.
 *   2. Measures /guides (static) at c=50 and /guides/search?q=… (dynamic, eight different queries in
 *      turn) at c=10 with autocannon, then the baseline with the same bytes; sizes of the HTML, the
 *      search index and the first-load JS of /guides.
 *   3. Writes BENCH_GUIDES (default 2,900) guides into the copy's content/guides (copies of the real
 *      ones under `zz-bench-*` slugs and new platform names; guide pages are prerendered for the real
 *      guides only, so the build stays short), rebuilds and measures again.
 * Prints a markdown table. Nothing is written into the project; the copy is deleted at the end
 * (BENCH_KEEP=1 keeps it). BENCH_SECONDS (default 5) per measurement; about 3–5 minutes in all.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyProject } from "./lib/project-copy.ts";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort, groupCpuMs } from "./harness.ts";

type Histogram = { average: number };
type AutocannonResult = { requests: Histogram; non2xx: number; errors: number; duration: number };
type AutocannonInstance = Promise<AutocannonResult> & { on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void };
type Autocannon = (options: { url: string; connections: number; duration: number; requests?: { method: "GET"; path: string }[] }) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const root = path.resolve(import.meta.dirname, "..");
const TARGET = Number(process.env.BENCH_GUIDES ?? 2900);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const BENCH_PREFIX = "zz-bench-";
const QUERIES = ["meta", "instagram ai", "voice", "robots", "chat history", "instagarm", "delete chats", "linkedin"];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[bench:guides ${elapsed()}] ${line}`);

const work = mkdtempSync(path.join(os.tmpdir(), "untrain-bench-guides-"));
const app = path.join(work, "app");
const children: ChildProcess[] = [];
const servers: http.Server[] = [];


/** Prerender guide pages (and their images) only for the real guides: 2,900 MDX pages would take the whole budget. */
function prerenderRealGuidesOnly() {
  const patched: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name)) {
        const source = readFileSync(file, "utf8");
        const at = source.indexOf("generateStaticParams(");
        if (at < 0) continue;
        const call = source.indexOf("allGuides()", at);
        if (call < 0 || call - at > 400) continue;
        writeFileSync(file, source.slice(0, call) + `allGuides().filter((g) => !g.slug.startsWith("${BENCH_PREFIX}"))` + source.slice(call + "allGuides()".length));
        patched.push(path.relative(app, file));
      }
    }
  };
  walk(path.join(app, "app"));
  log(`prerendering real guides only in: ${patched.join(", ") || "(nothing to patch)"}`);
}

const SYLLABLES = ["ka", "lo", "mi", "nu", "ra", "se", "ti", "vo", "ze", "qu", "bre", "dan"];
/** A made-up brand name per copy, so the catalogue's vocabulary grows with it as a real one would. */
function brand(n: number): string {
  let word = "";
  for (let k = n + SYLLABLES.length; k > 0; k = Math.floor(k / SYLLABLES.length)) word += SYLLABLES[k % SYLLABLES.length];
  return word[0]!.toUpperCase() + word.slice(1);
}

function generateGuides(total: number): number {
  const dir = path.join(app, "content/guides");
  const originals = readdirSync(dir).filter((f) => f.endsWith(".mdx"));
  for (let k = 0; k < total - originals.length; k++) {
    const file = originals[k % originals.length]!;
    const source = readFileSync(path.join(dir, file), "utf8");
    const name = brand(k);
    const renamed = source.replace(/^platform: (.+)$/m, (_, value: string) => (/^["'].*["']$/.test(value) ? `platform: ${value.slice(0, -1)} ${name}${value.at(-1)}` : `platform: ${value} ${name}`));
    writeFileSync(path.join(dir, `${BENCH_PREFIX}${Math.floor(k / originals.length) + 1}-${file}`), renamed);
  }
  return readdirSync(dir).filter((f) => f.endsWith(".mdx")).length;
}

function build(env: NodeJS.ProcessEnv) {
  const t = Date.now();
  const result = spawnSync("npx", ["next", "build"], { cwd: app, env, encoding: "utf8", timeout: 240_000 });
  if (result.status !== 0) throw new Error(`next build failed in ${app}:\n${(result.stdout + result.stderr).slice(-4000)}`);
  return (Date.now() - t) / 1000;
}

async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<{ stop: () => void; pgid: number }> {
  const child = spawn("npx", ["next", "start", "--port", String(port), "--hostname", "127.0.0.1"], { cwd: app, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const output: string[] = [];
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline && child.exitCode === null; ) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/guides`)).ok) return { stop, pgid: child.pid! };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`next start did not answer:\n${output.join("").slice(-3000)}`);
}

/** The baseline: the same bytes from memory, no framework. */
async function startBaseline(port: number, pages: { list: Buffer; search: Buffer }): Promise<void> {
  const server = http.createServer((req, res) => {
    const body = req.url?.startsWith("/guides/search") ? pages.search : pages.list;
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
}

type Run = { rps: number; p50: number; p95: number; failed: number; cpuMsPerRequest: number };
/** `pgid`: the server's process group, to count the CPU it spent per request (the figure least disturbed by other load on the machine). */
async function load(base: string, connections: number, paths: string[], pgid?: number): Promise<Run> {
  const samples: number[] = [];
  const cpuBefore = pgid ? groupCpuMs(pgid) : NaN;
  let failed = 0;
  const instance = autocannon({ url: base, connections, duration: SECONDS, requests: paths.map((p) => ({ method: "GET", path: p })) });
  instance.on("response", (_client, status, _bytes, ms) => {
    samples.push(ms);
    if (status !== 200) failed++;
  });
  const result = await instance;
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? NaN;
  const cpuMsPerRequest = pgid ? (groupCpuMs(pgid) - cpuBefore) / samples.length : NaN;
  return { rps: samples.length / result.duration, p50: at(0.5), p95: at(0.95), failed: failed + result.errors, cpuMsPerRequest };
}

const searchPath = (q: string) => `/guides/search?q=${encodeURIComponent(q)}`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

type Scale = {
  label: string;
  guides: number;
  buildSeconds: number;
  list: { raw: number; gzip: number };
  search: { raw: number; gzip: number };
  index: { raw: number; gzip: number };
  js: { scripts: number; gzip: number };
  runs: { name: string; connections: number; app: Run; baseline: Run }[];
};

async function measure(label: string, guides: number): Promise<Scale> {
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // The pages measured here never touch the database; the server only checks the URL's shape.
    DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://bench@127.0.0.1:9/bench",
    AUTH_SECRET: randomBytes(33).toString("base64"),
    SITE_URL: site,
    MAIL_TO_FILES: "1",
    MAIL_DIR: path.join(work, "mail"),
    AUTH_TRUST_HOST: "true",
  };
  log(`${label}: building with ${guides} guides`);
  const buildSeconds = build(env);
  log(`${label}: built in ${buildSeconds.toFixed(0)} s, starting the server`);
  const { stop, pgid } = await startApp(port, env);
  try {
    const get = async (p: string) => {
      const res = await fetch(`${site}${p}`);
      if (!res.ok) throw new Error(`GET ${p}: ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    };
    const list = await get("/guides");
    // Warm up: the first search reads every guide from disk.
    for (const q of QUERIES) for (let i = 0; i < 3; i++) await get(searchPath(q));
    for (let i = 0; i < 50; i++) await get("/guides");
    const search = await get(searchPath("meta"));
    const index = await get("/guides/index.json");
    const scripts = [...new Set([...list.toString("utf8").matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
    const jsGzip = scripts.reduce((n, src) => n + gzipSync(readFileSync(path.join(app, ".next", src.replace(/^\/_next\//, "")))).length, 0);

    const basePort = await freePort();
    await startBaseline(basePort, { list, search });
    const baseline = `http://127.0.0.1:${basePort}`;
    const runs: Scale["runs"] = [];
    for (const [name, connections, paths] of [
      ["/guides", 50, ["/guides"]],
      ["/guides/search?q=…", 10, QUERIES.map(searchPath)],
    ] as const) {
      log(`${label}: ${name} at c=${connections}`);
      const appRun = await load(site, connections, [...paths], pgid);
      const baseRun = await load(baseline, connections, [...paths]);
      runs.push({ name, connections, app: appRun, baseline: baseRun });
    }
    return {
      label,
      guides,
      buildSeconds,
      list: { raw: list.length, gzip: gzipSync(list).length },
      search: { raw: search.length, gzip: gzipSync(search).length },
      index: { raw: index.length, gzip: gzipSync(index).length },
      js: { scripts: scripts.length, gzip: jsGzip },
      runs,
    };
  } finally {
    stop();
    for (const server of servers.splice(0)) server.close();
  }
}

function report(scales: Scale[]): string {
  const lines = [
    `### /guides and its search (${os.cpus().length} cores, node ${process.version}, autocannon ${SECONDS} s per run, baseline: the same bytes from a bare Node HTTP server)`,
    "",
    "| content | route | c | req/s | p50 | p95 | server CPU per request | baseline req/s | baseline p95 | ratio |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const s of scales) {
    for (const r of s.runs) {
      const failed = r.app.failed ? ` (${r.app.failed} failed)` : "";
      lines.push(
        `| ${s.label} (${s.guides} guides) | \`${r.name}\` | ${r.connections} | ${r.app.rps.toFixed(0)}${failed} | ${r.app.p50.toFixed(1)} ms | ${r.app.p95.toFixed(1)} ms | ${r.app.cpuMsPerRequest.toFixed(2)} ms | ${r.baseline.rps.toFixed(0)} | ${r.baseline.p95.toFixed(1)} ms | ${(r.app.rps / r.baseline.rps).toFixed(2)}× |`,
      );
    }
  }
  lines.push("", "| content | `/guides` HTML raw / gzip | `/guides/search?q=meta` HTML raw / gzip | search index raw / gzip (per guide) | scripts the `/guides` HTML names, gzip (an estimate from the build; what Chromium loads is the table above) | build |", "|---|---|---|---|---|---|");
  for (const s of scales) {
    lines.push(
      `| ${s.label} (${s.guides} guides) | ${kB(s.list.raw)} / ${kB(s.list.gzip)} | ${kB(s.search.raw)} / ${kB(s.search.gzip)} | ${kB(s.index.raw)} / ${kB(s.index.gzip)} (${(s.index.raw / s.guides).toFixed(0)} B / ${(s.index.gzip / s.guides).toFixed(0)} B) | ${(s.js.gzip / 1024).toFixed(1)} kB in ${s.js.scripts} scripts | ${s.buildSeconds.toFixed(0)} s |`,
    );
  }
  lines.push(
    "",
    `Machine load (1-minute average) at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores; with other work running, read the server CPU per request rather than req/s.`,
    `The 100× guides are copies of the real ones under new platform names, so they compress better than ${TARGET} different guides would: read the index's gzip size from the 1× row's bytes per guide.`,
  );
  return lines.join("\n");
}

let code = 0;
try {
  log(`copying the project to ${app}`);
  copyProject(root, app, log);
  const real = readdirSync(path.join(app, "content/guides")).filter((f) => f.endsWith(".mdx")).length;
  const scales = [await measure("1×", real)];
  prerenderRealGuidesOnly();
  const total = generateGuides(TARGET);
  scales.push(await measure(`${(total / real).toFixed(0)}×`, total));
  console.log(`\n${report(scales)}\n`);
  log("done");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  for (const child of children) {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
  for (const server of servers) server.close();
  if (process.env.BENCH_KEEP === "1") console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(code);
