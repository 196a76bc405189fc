/**
 * First-load JavaScript as a browser really loads it: Chromium (Debian's package through playwright-core)
 * opens each page of a running server, every script response until the network is idle is recorded
 * and gzipped here (level 9, like a CDN would serve it); `nomodule` scripts, which modern browsers never
 * fetch, are left out even if one were fetched. Scripts the HTML asks for are "first load"; scripts
 * fetched later (route prefetches) are counted apart. Also lists console errors and failed requests.
 *
 *   npx tsx scripts/first-load-js.ts [--markdown] [baseUrl] [path …]   (paths alone: a server is started here)
 *
 * Without a baseUrl it starts `next start` from the last build itself (scripts/harness.ts) on
 * BENCH_SITE_PORT or a free port, with this process's environment (DATABASE_URL, AUTH_SECRET,
 * SITE_URL …), as `npm run bench` calls it. `--markdown` prints a table for docs/benchmarks.md.
 *
 * `staticFirstLoadJs(route)` is the old estimate from the last build's HTML (no server needed), now
 * without the nomodule polyfill; it cannot see what the page loads at runtime.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { freePort, startProductionServer } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzipBytes = (body: Buffer) => gzipSync(body, { level: 9 }).length;

// The German guide page beside the English one: what a translation adds to the first load (issue 19).
export const FIRST_LOAD_PAGES = ["/", "/guides", "/guides/instagram", "/de/guides/instagram", "/guides/instagram/steps/make-account-private", "/plan", "/checklist"];

export type PageScripts = {
  path: string;
  /** Where the browser ended up (e.g. /checklist signed out redirects to /signin). */
  finalPath: string;
  firstLoad: { scripts: number; rawKb: number; gzipKb: number };
  later: { scripts: number; rawKb: number; gzipKb: number };
  files: { url: string; rawKb: number; gzipKb: number; later: boolean }[];
  consoleErrors: string[];
  failedRequests: string[];
  abortedPrefetches: string[];
  htmlKb: number;
  rscInlineKb: number;
};

/** Opens each path in a fresh, anonymous browser context and records what it loads. */
export async function browserFirstLoadJs(baseUrl: string, paths = FIRST_LOAD_PAGES): Promise<PageScripts[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const results: PageScripts[] = [];
  try {
    for (const pagePath of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies = new Map<string, Promise<Buffer | null>>();
      const consoleErrors: string[] = [];
      const failedRequests: string[] = [];
      let loaded = false;
      let done = false;
      const later = new Set<string>();
      page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
      const abortedPrefetches: string[] = [];
      page.on("requestfailed", (r) => {
        if (done) return; // cut off by closing the page
        // The router cancels some of its own route prefetches (`?_rsc=`): not an error, but work worth counting.
        if (r.failure()?.errorText === "net::ERR_ABORTED" && new URL(r.url()).searchParams.has("_rsc")) abortedPrefetches.push(r.url());
        else failedRequests.push(`${r.url()} (${r.failure()?.errorText})`);
      });
      page.on("response", (res) => {
        if (res.status() >= 400) failedRequests.push(`${res.status()} ${res.request().method()} ${res.url()}`);
        if (res.request().resourceType() !== "script" || bodies.has(res.url())) return;
        if (loaded) later.add(res.url());
        bodies.set(
          res.url(),
          res.body().catch(() => null),
        );
      });
      page.on("load", () => (loaded = true));
      const response = await page.goto(new URL(pagePath, baseUrl).toString(), { waitUntil: "networkidle" });
      const html = response ? await response.text() : "";
      done = true;
      const nomodule = new Set(await page.$$eval("script[nomodule][src]", (els) => els.map((e) => (e as HTMLScriptElement).src)));
      const files: PageScripts["files"] = [];
      for (const [url, body] of bodies) {
        const bytes = await body;
        if (!bytes || nomodule.has(url)) continue;
        files.push({ url: new URL(url).pathname, rawKb: kb(bytes.length), gzipKb: kb(gzipBytes(bytes)), later: later.has(url) });
      }
      const sum = (list: typeof files) => ({
        scripts: list.length,
        rawKb: Math.round(list.reduce((n, f) => n + f.rawKb, 0) * 10) / 10,
        gzipKb: Math.round(list.reduce((n, f) => n + f.gzipKb, 0) * 10) / 10,
      });
      // The inline RSC payload: the self.__next_f.push([…]) scripts that hydrate the page.
      const rsc = [...html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
      results.push({
        path: pagePath,
        finalPath: new URL(page.url()).pathname,
        firstLoad: sum(files.filter((f) => !f.later)),
        later: sum(files.filter((f) => f.later)),
        files,
        consoleErrors,
        failedRequests,
        abortedPrefetches,
        htmlKb: kb(Buffer.byteLength(html)),
        rscInlineKb: kb(rsc),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** The build-time estimate: every non-nomodule <script src> in a prerendered route's HTML. */
export function staticFirstLoadJs(route: string): { scripts: number; rawKb: number; gzipKb: number } | null {
  const file = path.join(root, ".next/server/app", `${route === "/" ? "index" : route.replace(/^\//, "")}.html`);
  if (!existsSync(file)) return null;
  const html = readFileSync(file, "utf8");
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
  const sources = [...new Set(tags.map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const bytes = readFileSync(path.join(root, ".next", src.replace(/^\/_next\//, "")));
    raw += bytes.length;
    gzip += gzipBytes(bytes);
  }
  return { scripts: sources.length, rawKb: kb(raw), gzipKb: kb(gzip) };
}

function markdown(results: PageScripts[]): string {
  const lines = [
    "| page | first-load JS, gzip (raw) | later: prefetched JS, gzip | HTML | inline RSC payload | console errors / failed requests |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of results) {
    const where = r.finalPath === r.path ? `\`${r.path}\`` : `\`${r.path}\` → \`${r.finalPath}\``;
    const problems = [...r.consoleErrors, ...r.failedRequests].length;
    lines.push(
      `| ${where} | ${r.firstLoad.gzipKb} KiB in ${r.firstLoad.scripts} scripts (${r.firstLoad.rawKb} KiB) | ${r.later.scripts ? `${r.later.gzipKb} KiB in ${r.later.scripts}` : "none"} | ${r.htmlKb} KiB | ${r.rscInlineKb} KiB (${Math.round((r.rscInlineKb / r.htmlKb) * 100)} %) | ${problems ? [...r.consoleErrors, ...r.failedRequests].join("; ") : "none"} |`,
    );
  }
  return `${lines.join("\n")}\n\nMeasured in Chromium: every script response until network idle, gzipped at level 9; nomodule scripts excluded. KiB = 1,024 bytes.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const asMarkdown = args.includes("--markdown");
  // A first argument that is a path (not a URL) is a page: measured on a server started here.
  const positional = args.filter((a) => a !== "--markdown");
  const givenBase = positional[0]?.startsWith("/") ? undefined : positional[0];
  const paths = givenBase ? positional.slice(1) : positional;
  let stop = () => {};
  let baseUrl = givenBase;
  if (!baseUrl) {
    const port = Number(process.env.BENCH_SITE_PORT) || (await freePort());
    stop = (await startProductionServer(port, process.env)).stop;
    baseUrl = `http://127.0.0.1:${port}`;
  }
  try {
    const results = await browserFirstLoadJs(baseUrl, paths.length ? paths : FIRST_LOAD_PAGES);
    if (asMarkdown) console.log(markdown(results));
    else printResults(results);
  } finally {
    stop();
  }
}

function printResults(results: PageScripts[]) {
  const verbose = process.env.VERBOSE === "1";
  for (const r of results) {
    const where = r.finalPath === r.path ? r.path : `${r.path} → ${r.finalPath}`;
    console.log(
      `${where}: first load ${r.firstLoad.scripts} scripts, ${r.firstLoad.rawKb} KiB raw, ${r.firstLoad.gzipKb} KiB gzip` +
        (r.later.scripts ? `; later (prefetch) ${r.later.scripts} scripts, ${r.later.gzipKb} KiB gzip` : "") +
        `; HTML ${r.htmlKb} KiB, inline RSC ${r.rscInlineKb} KiB`,
    );
    if (verbose) for (const f of r.files) console.log(`    ${f.later ? "later" : "first"} ${f.gzipKb} KiB gzip  ${f.url}`);
    for (const e of r.consoleErrors) console.log(`    console error: ${e}`);
    for (const f of r.failedRequests) console.log(`    failed request: ${f}`);
    if (r.abortedPrefetches.length) console.log(`    ${r.abortedPrefetches.length} route prefetches cancelled by the router`);
  }
}
