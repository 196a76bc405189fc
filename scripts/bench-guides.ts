/**
 * `npm run bench:guides`: the guide list and its search at 1× and at true multiples of the catalogue, each
 * beside a baseline in the same run (a bare Node HTTP server answering with the same bytes from memory).
 *
 *   1. Copies the project (without node_modules, .next, .data, .git) into a temporary folder, with
 *      node_modules hard-linked, builds it and serves it with `next start`.
 *   2. Per scale: the build's wall time, its prerendered pages (by kind and language, from
 *      .next/prerender-manifest.json) and the size of `.next`; cold start (`next start` until its first
 *      answer, the catalogue preload the server logs, the first search); then /guides (static) at c=50 and
 *      /guides/search?q=… (dynamic, eight different queries in turn) at c=10 with autocannon, each beside the
 *      baseline with the same bytes, and the server's CPU per request.
 *   3. A scale is `<multiple>:<pages>` in BENCH_SCALES (comma-separated; default `100:guide-en`). The copy's
 *      content/guides then holds multiple × the real guides: copies of the real ones (and of their
 *      translations) under `zz-bench-*` slugs and new platform names. `<pages>` says which of the copies'
 *      pages are prerendered:
 *        all       every page kind (guide, steps, end page, link image) in every language, as for a real
 *                  guide — only feasible at a few × (5× is ~9,500 pages and ~1.6 GB);
 *        guide-en  the guide page in English only (steps, end pages, images and the other languages are
 *                  not built for the copies; their addresses answer 404);
 *        none      no page for the copies: the catalogue, the list and the search grow, the pages do not.
 *      The 1× row is always measured first. Copies' pages are checked by HTTP (a 404 stops the run).
 * Prints markdown tables on stdout (progress on stderr). Nothing is written into the project; the copy is
 * deleted at the end (BENCH_KEEP=1 keeps it; BENCH_BUILT=<its app folder> measures such a kept build again, without
 * building). BENCH_SECONDS (default 5) per measurement. On 2 cores at load 10–15 (2026-12-06) the 1× build took
 * 4–10 minutes, the 100× build 55 and the 100× server's first answer 3–5 more (it parses every translation):
 * run it under `nice -n 15` on a shared machine, and expect far less on a quiet one.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyProject, megabytes } from "./lib/project-copy.ts";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const BENCH_PREFIX = "zz-bench-";
const QUERIES = ["meta", "instagram ai", "voice", "robots", "chat history", "instagarm", "delete chats", "linkedin"];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.error(`[bench:guides ${elapsed()}] ${line}`);

const work = mkdtempSync(path.join(os.tmpdir(), "untrain-bench-guides-"));
/** BENCH_BUILT: a copy kept by BENCH_KEEP=1 whose build is done — measured as it is, without copying or building. */
const BUILT = process.env.BENCH_BUILT;
const app = BUILT ? path.resolve(BUILT) : path.join(work, "app");
const children: ChildProcess[] = [];
const servers: http.Server[] = [];

type PageMode = "all" | "guide-en" | "none";
type ScaleSpec = { multiple: number; pages: PageMode };

function parseScales(value: string): ScaleSpec[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [multiple, pages = "guide-en"] = part.split(":");
      const n = Number(multiple);
      if (!Number.isInteger(n) || n < 2) throw new Error(`BENCH_SCALES: "${part}" — the multiple must be a whole number ≥ 2`);
      if (pages !== "all" && pages !== "guide-en" && pages !== "none") throw new Error(`BENCH_SCALES: "${part}" — pages must be all, guide-en or none`);
      return { multiple: n, pages };
    });
}

/** The page files whose generateStaticParams list the guides: the guide page itself, and the rest of a guide's pages. */
const GUIDE_PAGE = "app/[locale]/guides/[slug]/page.tsx";
const originals = new Map<string, string>();

/** Which copies get pages: patches generateStaticParams in the copy's guide routes (restored before the next scale). */
function choosePrerendered(mode: PageMode) {
  for (const [file, source] of originals) writeFileSync(path.join(app, file), source);
  if (mode === "all") return;
  const patched: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name)) {
        const relative = path.relative(app, file);
        const source = originals.get(relative) ?? readFileSync(file, "utf8");
        const at = source.indexOf("export function generateStaticParams() {");
        if (at < 0) continue;
        const call = source.indexOf("allGuides()", at);
        if (call < 0 || call - at > 200) continue;
        originals.set(relative, source);
        const englishGuidePage = mode === "guide-en" && relative === GUIDE_PAGE;
        // A child segment's generateStaticParams receives its parent's params: here the [locale] segment's.
        const signature = englishGuidePage ? "export function generateStaticParams({ params }: { params: { locale: string } }) {" : "export function generateStaticParams() {";
        const keep = englishGuidePage ? `(g) => !g.slug.startsWith("${BENCH_PREFIX}") || params.locale === "en"` : `(g) => !g.slug.startsWith("${BENCH_PREFIX}")`;
        const patchedSource = source.slice(0, at) + signature + source.slice(at + "export function generateStaticParams() {".length, call) + `allGuides().filter(${keep})` + source.slice(call + "allGuides()".length);
        writeFileSync(file, patchedSource);
        patched.push(relative);
      }
    }
  };
  walk(path.join(app, "app"));
  if (mode === "guide-en" && !patched.includes(GUIDE_PAGE)) throw new Error(`${GUIDE_PAGE}: its generateStaticParams no longer has the shape this script patches`);
  log(`copies' pages: ${mode}; patched ${patched.join(", ") || "(nothing)"}`);
}

const SYLLABLES = ["ka", "lo", "mi", "nu", "ra", "se", "ti", "vo", "ze", "qu", "bre", "dan"];
/** A made-up brand name per copy, so the catalogue's vocabulary grows with it as a real one would. */
function brand(n: number): string {
  let word = "";
  for (let k = n + SYLLABLES.length; k > 0; k = Math.floor(k / SYLLABLES.length)) word += SYLLABLES[k % SYLLABLES.length];
  return word[0]!.toUpperCase() + word.slice(1);
}

function removeCopies() {
  for (const dir of [path.join(app, "content/guides"), ...readdirSync(path.join(app, "content/translations")).map((l) => path.join(app, "content/translations", l))]) {
    for (const file of readdirSync(dir)) if (file.startsWith(BENCH_PREFIX)) rmSync(path.join(dir, file));
  }
}

/** Copies of the real guides (and their translations) until the catalogue holds `total`; returns the copies' slugs. */
function generateGuides(total: number): string[] {
  removeCopies();
  const dir = path.join(app, "content/guides");
  const locales = readdirSync(path.join(app, "content/translations"));
  const real = readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort();
  const slugs: string[] = [];
  for (let k = 0; k < total - real.length; k++) {
    const file = real[k % real.length]!;
    const source = readFileSync(path.join(dir, file), "utf8");
    const name = brand(k);
    const renamed = source.replace(/^platform: (.+)$/m, (_, value: string) => (/^["'].*["']$/.test(value) ? `platform: ${value.slice(0, -1)} ${name}${value.at(-1)}` : `platform: ${value} ${name}`));
    const copy = `${BENCH_PREFIX}${Math.floor(k / real.length) + 1}-${file}`;
    writeFileSync(path.join(dir, copy), renamed);
    // The translation's words are the same; it records the English text it was made from, which the copy keeps.
    for (const locale of locales) {
      const translation = path.join(app, "content/translations", locale, file);
      if (existsSync(translation)) writeFileSync(path.join(app, "content/translations", locale, copy), readFileSync(translation));
    }
    slugs.push(copy.slice(0, -".mdx".length));
  }
  return slugs;
}

type Built = { seconds: number; pages: Record<string, number>; totalPages: number; nextMb: number; cacheMb: number };

/** What kind of page a prerendered route is, and whether it belongs to a copy. */
function pageKind(route: string): string {
  const parts = route.split("/").filter(Boolean);
  const locale = parts[0] && /^[a-z]{2}$/.test(parts[0]) ? parts[0] : "en";
  const rest = parts[0] === locale ? parts.slice(1) : parts;
  if (rest[0] !== "guides" || !rest[1] || rest[1] === "index.json" || rest[1] === "search") return `other ${locale}`;
  const copy = rest[1].startsWith(BENCH_PREFIX) ? "copy" : "real";
  const kind = rest[2] === "steps" ? "step" : rest[2] === "done" ? "end page" : rest[2]?.startsWith("opengraph-image") ? "image" : rest.length === 2 ? "guide" : "other";
  return `${copy} ${kind} ${locale}`;
}

function build(env: NodeJS.ProcessEnv): Built {
  let seconds = NaN;
  if (!BUILT) {
    rmSync(path.join(app, ".next"), { recursive: true, force: true });
    const t = Date.now();
    const result = spawnSync("npx", ["next", "build"], { cwd: app, env, encoding: "utf8", timeout: 3_600_000, maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`next build failed in ${app}:\n${(result.stdout + result.stderr).slice(-4000)}`);
    seconds = (Date.now() - t) / 1000;
  }
  const manifest = JSON.parse(readFileSync(path.join(app, ".next/prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
  const pages: Record<string, number> = {};
  for (const route of Object.keys(manifest.routes)) {
    const kind = pageKind(route);
    pages[kind] = (pages[kind] ?? 0) + 1;
  }
  const next = path.join(app, ".next");
  return { seconds, pages, totalPages: Object.keys(manifest.routes).length, nextMb: megabytes(next, "cache"), cacheMb: megabytes(path.join(next, "cache")) };
}

type Cold = { firstAnswerMs: number; preloadMs: number; firstSearchMs: number; warmSearchMs: number; rssMb: number };

/** Resident memory of a process group in MB (the server: npx, next start and its children). */
function groupRssMb(pgid: number): number {
  const listed = spawnSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  return listed.stdout
    .trim()
    .split(/\s+/)
    .reduce((kb, n) => kb + (Number(n) || 0), 0) / 1024;
}

/** `next start`, timed from the spawn to its first answer (it answers nothing before instrumentation.ts has loaded the catalogue). */
async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<{ stop: () => void; pgid: number; firstAnswerMs: number; preloadMs: () => number }> {
  const spawned = performance.now();
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
  const preloadMs = () => Number(/\[catalogue\] \d+ guides ready in (\d+) ms/.exec(output.join(""))?.[1] ?? NaN);
  // At 100× translated guides the preload parses every translation before the first answer: minutes on a busy machine.
  for (const deadline = Date.now() + 900_000; Date.now() < deadline && child.exitCode === null; ) {
    try {
      // One request waits for the hook; a refused connection (not listening yet) is retried at once.
      if ((await fetch(`http://127.0.0.1:${port}/guides`)).ok) return { stop, pgid: child.pid!, firstAnswerMs: performance.now() - spawned, preloadMs };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
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
  pages: PageMode | "real";
  guides: number;
  built: Built;
  cold: Cold;
  checked: string[];
  list: { raw: number; gzip: number };
  search: { raw: number; gzip: number };
  index: { raw: number; gzip: number };
  js: { scripts: number; gzip: number };
  runs: { name: string; connections: number; app: Run; baseline: Run }[];
  load: [number, number];
};

/** A few copies' pages by HTTP: those the mode prerenders must answer 200, those it leaves out 404 (dynamicParams = false). */
async function checkCopies(site: string, copies: string[], mode: PageMode): Promise<string[]> {
  if (!copies.length) return [];
  const sample = [copies[0]!, copies[Math.floor(copies.length / 2)]!, copies.at(-1)!];
  const steps = JSON.parse(readFileSync(path.join(app, ".next/untrain-catalogue.json"), "utf8")) as { guides: { slug: string; steps: { id: string }[] }[] };
  const bySlug = new Map(steps.guides.map((g) => [g.slug, g]));
  const checks: string[] = [];
  for (const slug of sample) {
    const step = bySlug.get(slug)?.steps[0]?.id;
    const expect: [string, number][] = [
      [`/guides/${slug}`, mode === "none" ? 404 : 200],
      [`/de/guides/${slug}`, mode === "all" ? 200 : 404],
      [`/guides/${slug}/steps/${step}`, mode === "all" ? 200 : 404],
      [`/fr/guides/${slug}/done`, mode === "all" ? 200 : 404],
    ];
    for (const [p, status] of expect) {
      const res = await fetch(`${site}${p}`);
      await res.arrayBuffer();
      if (res.status !== status) throw new Error(`GET ${p}: ${res.status}, expected ${status} (pages: ${mode})`);
      checks.push(`${p} ${res.status}`);
    }
    if (mode !== "none") {
      // The copy's own page, not some other page answering 200: its canonical address names the slug.
      const html = await (await fetch(`${site}/guides/${slug}`)).text();
      if (!html.includes(`/guides/${slug}"`)) throw new Error(`/guides/${slug} answered 200 without naming its own address`);
    }
  }
  return checks;
}

async function measure(label: string, guides: number, mode: PageMode | "real", copies: string[]): Promise<Scale> {
  const loadBefore = os.loadavg()[0]!;
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
  log(`${label}: building with ${guides} guides (copies' pages: ${mode})`);
  const built = build(env);
  log(`${label}: built in ${built.seconds.toFixed(0)} s, ${built.totalPages} prerendered routes, .next ${built.nextMb.toFixed(0)} MB; starting the server`);
  const started = await startApp(port, env);
  const { stop, pgid } = started;
  try {
    const get = async (p: string) => {
      const res = await fetch(`${site}${p}`);
      if (!res.ok) throw new Error(`GET ${p}: ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    };
    const timed = async (p: string) => {
      const t = performance.now();
      await get(p);
      return performance.now() - t;
    };
    const firstSearchMs = await timed(searchPath("meta"));
    const checked = mode === "real" ? [] : await checkCopies(site, copies, mode);
    const list = await get("/guides");
    for (const q of QUERIES) for (let i = 0; i < 3; i++) await get(searchPath(q));
    for (let i = 0; i < 50; i++) await get("/guides");
    const warmSearches: number[] = [];
    for (let i = 0; i < 5; i++) warmSearches.push(await timed(searchPath("meta")));
    const cold: Cold = { firstAnswerMs: started.firstAnswerMs, preloadMs: started.preloadMs(), firstSearchMs, warmSearchMs: warmSearches.sort((a, b) => a - b)[2]!, rssMb: groupRssMb(pgid) };
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
      pages: mode,
      guides,
      built,
      cold,
      checked,
      list: { raw: list.length, gzip: gzipSync(list).length },
      search: { raw: search.length, gzip: gzipSync(search).length },
      index: { raw: index.length, gzip: gzipSync(index).length },
      js: { scripts: scripts.length, gzip: jsGzip },
      runs,
      load: [loadBefore, os.loadavg()[0]!],
    };
  } finally {
    stop();
    for (const server of servers.splice(0)) server.close();
    // The next scale rebuilds in the same folder: wait for this server's process group to be gone.
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
      try {
        process.kill(-pgid, 0);
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const PAGES_LABEL: Record<Scale["pages"], string> = {
  real: "every page of the real guides",
  all: "every page of every guide, 5 languages",
  "guide-en": "copies: the guide page in English only",
  none: "copies: no pages",
};

function report(scales: Scale[]): string {
  const name = (s: Scale) => `${s.label} (${s.guides} guides)`;
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
        `| ${name(s)} | \`${r.name}\` | ${r.connections} | ${r.app.rps.toFixed(0)}${failed} | ${r.app.p50.toFixed(1)} ms | ${r.app.p95.toFixed(1)} ms | ${r.app.cpuMsPerRequest.toFixed(2)} ms | ${r.baseline.rps.toFixed(0)} | ${r.baseline.p95.toFixed(1)} ms | ${(r.app.rps / r.baseline.rps).toFixed(2)}× |`,
      );
    }
  }
  lines.push(
    "",
    "#### The build at each scale",
    "",
    "| content | pages built | `next build` wall time | prerendered routes | of which copies' (by kind and language) | `.next` without cache | `.next/cache` | load average (1 min) before / after |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const s of scales) {
    const copies = Object.entries(s.built.pages)
      .filter(([k]) => k.startsWith("copy "))
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${n} ${k.slice("copy ".length)}`)
      .join(", ");
    lines.push(
      `| ${name(s)} | ${PAGES_LABEL[s.pages]} | ${Number.isFinite(s.built.seconds) ? `${s.built.seconds.toFixed(0)} s` : "(built earlier)"} | ${s.built.totalPages} | ${copies || "—"} | ${s.built.nextMb.toFixed(0)} MB | ${s.built.cacheMb.toFixed(0)} MB | ${s.load[0].toFixed(1)} / ${s.load[1].toFixed(1)} |`,
    );
  }
  lines.push("", "#### Cold start: the first answers after `next start`", "", "| content | `next start` until its first answer (`/guides`) | of which the catalogue preload (server log) | first `/guides/search?q=meta` | the same search warm (median of 5) | server memory (RSS) once warm |", "|---|---|---|---|---|---|");
  for (const s of scales) {
    lines.push(`| ${name(s)} | ${s.cold.firstAnswerMs.toFixed(0)} ms | ${s.cold.preloadMs.toFixed(0)} ms | ${s.cold.firstSearchMs.toFixed(0)} ms | ${s.cold.warmSearchMs.toFixed(1)} ms | ${s.cold.rssMb.toFixed(0)} MB |`);
  }
  lines.push("", "| content | `/guides` HTML raw / gzip | `/guides/search?q=meta` HTML raw / gzip | search index raw / gzip (per guide) | scripts the `/guides` HTML names, gzip (an estimate from the build) |", "|---|---|---|---|---|");
  for (const s of scales) {
    lines.push(
      `| ${name(s)} | ${kB(s.list.raw)} / ${kB(s.list.gzip)} | ${kB(s.search.raw)} / ${kB(s.search.gzip)} | ${kB(s.index.raw)} / ${kB(s.index.gzip)} (${(s.index.raw / s.guides).toFixed(0)} B / ${(s.index.gzip / s.guides).toFixed(0)} B) | ${(s.js.gzip / 1024).toFixed(1)} kB in ${s.js.scripts} scripts |`,
    );
  }
  const checked = scales.flatMap((s) => s.checked.map((c) => `${s.label}: ${c}`));
  lines.push(
    "",
    `Copies' pages checked by HTTP (each as expected for its scale): ${checked.length ? checked.join("; ") : "none"}.`,
    `Machine load (1-minute average) at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores; with other work running, read the server CPU per request rather than req/s.`,
    "The copies are the real guides under new platform names, so they compress better than as many different guides would: read the index's gzip size from the 1× row's bytes per guide.",
  );
  return lines.join("\n");
}

/** The build as it is in BENCH_BUILT: its guides and which of the copies' pages it prerendered (read from its guide page). */
async function measureBuilt(): Promise<Scale> {
  const dir = path.join(app, "content/guides");
  const copies = readdirSync(dir).filter((f) => f.startsWith(BENCH_PREFIX) && f.endsWith(".mdx")).map((f) => f.slice(0, -".mdx".length));
  const real = readdirSync(dir).filter((f) => f.endsWith(".mdx")).length - copies.length;
  const page = readFileSync(path.join(app, GUIDE_PAGE), "utf8");
  const mode: PageMode | "real" = !copies.length ? "real" : !page.includes(BENCH_PREFIX) ? "all" : page.includes('params.locale === "en"') ? "guide-en" : "none";
  return measure(copies.length ? `${Math.round((real + copies.length) / real)}×` : "1×", real + copies.length, mode, copies);
}

let code = 0;
try {
  if (BUILT) {
    log(`measuring the build in ${app} as it is`);
    console.log(report([await measureBuilt()]));
  } else await measureScales();
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
  if (process.env.BENCH_KEEP === "1") console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(code);

async function measureScales() {
  const scaleSpecs = parseScales(process.env.BENCH_SCALES ?? "100:guide-en");
  log(`copying the project to ${app}`);
  copyProject(root, app, log);
  const real = readdirSync(path.join(app, "content/guides")).filter((f) => f.endsWith(".mdx")).length;
  const scales = [await measure("1×", real, "real", [])];
  // Each scale's tables as soon as it is measured: a later scale's build can take long, or fail.
  log(`\n${report(scales)}`);
  for (const { multiple, pages } of scaleSpecs) {
    choosePrerendered(pages);
    const copies = generateGuides(real * multiple);
    scales.push(await measure(`${multiple}×`, real + copies.length, pages, copies));
    log(`\n${report(scales.slice(-1))}`);
  }
  console.log(report(scales));
}
