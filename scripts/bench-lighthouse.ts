/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling, performance only, offline)
 * on /, /guides, a guide and a step page and their German equivalents, LIGHTHOUSE_RUNS (default 3)
 * times each, each beside the same page with its scripts removed (the floor: what the HTML and CSS
 * alone cost). Then where the guide page's blocking time goes: the scripts that run longest, the long
 * tasks, the DOM size and the requests the page makes after load (prefetches).
 *
 *   LIGHTHOUSE_PAGES=/de/guides,/guides   narrows the pages
 *   LIGHTHOUSE_BASELINE_DIR=/tmp/before   also serves that checkout's last build (its own .next and
 *                                         node_modules) and measures it in the same loop, run by run
 *                                         beside this one, so both see the same machine load
 *   SKIP_BUILD=1                          reuses this checkout's last build
 *
 * Lighthouse runs through npx at a pinned version (LIGHTHOUSE_VERSION, default 13.5.0) rather than as
 * a dependency: CI never needs it, and its install is large. Chromium is Debian's (CHROME_PATH).
 * Prints a markdown section for docs/benchmarks.md: medians and ranges, the load average before and after.
 */
import { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import http from "node:http";
import { ensureBuild, freePort, migratedThrowawayDatabase, productionServerEnv, runMain, cleanups, startProductionServer } from "./harness.ts";
import { ensureChromium } from "./chromium.ts";

const VERSION = process.env.LIGHTHOUSE_VERSION ?? "13.5.0";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const STEP = "/guides/instagram/steps/make-account-private";
const PAGES = process.env.LIGHTHOUSE_PAGES?.split(",") ?? ["/", "/guides", "/guides/instagram", STEP, "/de", "/de/guides", "/de/guides/instagram", `/de${STEP}`];
const BASELINE_DIR = process.env.LIGHTHOUSE_BASELINE_DIR;
const log = (line: string) => console.error(`[bench:lighthouse] ${line}`);

type Audit = { numericValue?: number; score?: number | null; details?: { items?: Record<string, unknown>[] } };
type Report = { lighthouseVersion: string; environment: { hostUserAgent: string; benchmarkIndex: number }; categories: { performance: { score: number } }; audits: Record<string, Audit> };

/** Lighthouse in a child process, awaited: the no-script server below runs in this process and must keep answering. */
async function lighthouse(url: string, chrome: string): Promise<Report> {
  const flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
  const child = spawn(
    "npx",
    ["--yes", `lighthouse@${VERSION}`, url, "--quiet", "--only-categories=performance", "--form-factor=mobile", "--throttling-method=simulate", "--output=json", "--output-path=stdout", `--chrome-flags=${flags.join(" ")}`],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => out.push(c));
  child.stderr.on("data", (c: Buffer) => err.push(c));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`lighthouse failed on ${url}:\n${Buffer.concat(err).toString("utf8").slice(-2000)}`);
  return JSON.parse(Buffer.concat(out).toString("utf8")) as Report;
}

/**
 * The same pages without JavaScript. Chromium's own switch (scriptEnabled=false) also stops Lighthouse's
 * debugger, so this server strips every script and script preload from the page's HTML instead and
 * passes anything else through to the app.
 */
async function withoutJavaScript(appPort: number): Promise<number> {
  const port = await freePort();
  const server = http.createServer((req, res) => {
    const upstream = http.request({ host: "127.0.0.1", port: appPort, path: req.url, method: req.method, headers: { ...req.headers, "accept-encoding": "identity" } }, (answer) => {
      const html = /text\/html/.test(String(answer.headers["content-type"]));
      if (!html) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on("data", (c: Buffer) => chunks.push(c));
      answer.on("end", () => {
        const body = Buffer.concat(chunks)
          .toString("utf8")
          .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
          .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*as="script"[^>]*>/g, "");
        const headers = { ...answer.headers };
        delete headers["content-length"];
        res.writeHead(answer.statusCode ?? 200, headers);
        res.end(body);
      });
    });
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
  return port;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** "median (min–max)", or the one value when every run agrees. */
const spread = (values: number[], digits = 0, unit = "") => {
  const f = (v: number) => `${v.toFixed(digits)}${unit}`;
  const [lo, hi] = [Math.min(...values), Math.max(...values)].map((v) => v.toFixed(digits));
  return lo === hi ? `${lo}${unit}` : `${f(median(values))} (${lo}–${hi}${unit})`;
};
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" / ");

type Figures = { score: number[]; tbt: number[]; lcp: number[]; fcp: number[]; dom: number[] };
const emptyFigures = (): Figures => ({ score: [], tbt: [], lcp: [], fcp: [], dom: [] });

function record(f: Figures, report: Report) {
  f.score.push(Math.round(report.categories.performance.score * 100));
  f.tbt.push(report.audits["total-blocking-time"]?.numericValue ?? NaN);
  f.lcp.push((report.audits["largest-contentful-paint"]?.numericValue ?? NaN) / 1000);
  f.fcp.push((report.audits["first-contentful-paint"]?.numericValue ?? NaN) / 1000);
  // Lighthouse 13 reports the DOM size as an insight; older versions as the dom-size audit.
  f.dom.push(report.audits["dom-size-insight"]?.numericValue ?? report.audits["dom-size"]?.numericValue ?? NaN);
}

const row = (page: string, build: string, f: Figures) =>
  `| \`${page}\` | ${build} | ${spread(f.score)} | ${spread(f.tbt, 0, " ms")} | ${spread(f.lcp, 1, " s")} | ${spread(f.fcp, 1, " s")} | ${spread(f.dom)} |`;

async function main(): Promise<number> {
  const chrome = ensureChromium();
  const chromiumVersion = spawnSync(chrome, ["--version"], { encoding: "utf8" }).stdout.trim();
  const databaseUrl = await migratedThrowawayDatabase("untrain_bench_lighthouse");
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const env = productionServerEnv(databaseUrl, site);
  ensureBuild(env, log);
  const app = await startProductionServer(port, env);
  cleanups.push(app.stop);
  const noScriptSite = `http://127.0.0.1:${await withoutJavaScript(port)}`;
  let baselineSite: string | undefined;
  if (BASELINE_DIR) {
    const baselinePort = await freePort();
    baselineSite = `http://127.0.0.1:${baselinePort}`;
    const baseline = await startProductionServer(baselinePort, productionServerEnv(databaseUrl, baselineSite), 60_000, BASELINE_DIR);
    cleanups.push(baseline.stop);
    log(`baseline: the build in ${BASELINE_DIR} on ${baselineSite}`);
  }
  const modes = [
    { name: "this build", site },
    ...(baselineSite ? [{ name: "baseline", site: baselineSite }] : []),
    { name: "no JS (floor)", site: noScriptSite },
  ];
  const loadBefore = loadAverage();
  const started = new Date();
  const rows: string[] = [];
  let version = "";
  let guideReport: Report | undefined;
  // Lighthouse's own CPU benchmark of the host, taken at every run: simulated TBT scales the tasks it observes by
  // 4×, so the same build gives a different TBT on a slower host; this says how fast the host was.
  const benchmarkIndex: number[] = [];
  for (const page of PAGES) {
    const figures = new Map(modes.map((m) => [m.name, emptyFigures()]));
    for (let run = 0; run < RUNS; run++) {
      // Interleaved run by run, so a burst of load on the shared machine hits every build alike.
      for (const mode of modes) {
        log(`${page} ${mode.name} run ${run + 1}/${RUNS} (load ${loadAverage()})`);
        const report = await lighthouse(`${mode.site}${page}`, chrome);
        version = report.lighthouseVersion;
        benchmarkIndex.push(report.environment.benchmarkIndex);
        record(figures.get(mode.name)!, report);
        if (page === "/guides/instagram" && mode.site === site) guideReport = report;
      }
    }
    for (const mode of modes) {
      rows.push(row(page, mode.name, figures.get(mode.name)!));
      log(rows.at(-1)!); // each row as soon as it is measured, so a stopped run still says something
    }
  }
  const top = (audit: string, fields: string[], n = 6) =>
    (guideReport?.audits[audit]?.details?.items ?? [])
      .slice(0, n)
      .map((item) => `| ${fields.map((f) => (typeof item[f] === "number" ? (item[f] as number).toFixed(0) : String(item[f] ?? "")).replace(site, "")).join(" | ")} |`)
      .join("\n");
  console.log(`### Lighthouse ${version}, ${chromiumVersion}, Node ${process.version}, mobile, simulated throttling, ${RUNS} runs per page (\`npm run bench:lighthouse\`)

Measured ${started.toISOString().slice(0, 16)}Z on ${os.cpus().length} shared cores; load average (1 / 5 / 15 min) ${loadBefore} at the start, ${loadAverage()} at the end;
Lighthouse's benchmark index of the host ${spread(benchmarkIndex)} (higher is faster; TBT scales with the host's speed).
${BASELINE_DIR ? `Baseline: the build in \`${BASELINE_DIR}\`, measured in the same loop (this build, baseline, no JS, run by run). ` : ""}"No JS" is this build's page with every script removed from its HTML (the floor: HTML and CSS only). Each cell: median (range) of the runs. Target: TBT ≤ 200 ms and performance ≥ 95.

| page | build | performance | TBT | LCP | FCP | DOM elements |
|---|---|---|---|---|---|---|
${rows.join("\n")}

Where the guide page's main thread goes (one run of this build; Lighthouse's own audits, throttled times):

| script (bootup-time) | total ms | scripting ms | parse/compile ms |
|---|---|---|---|
${top("bootup-time", ["url", "total", "scripting", "scriptParseCompile"])}

| main-thread work | ms |
|---|---|
${top("mainthread-work-breakdown", ["groupLabel", "duration"], 8)}

| long task (script) | start ms | duration ms |
|---|---|---|
${top("long-tasks", ["url", "startTime", "duration"], 8)}

Requests the guide page made: ${(guideReport?.audits["network-requests"]?.details?.items ?? []).map((i) => String(i.url).replace(site, "")).join(", ")}.
`);
  return 0;
}

await runMain(main);
