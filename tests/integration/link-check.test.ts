/**
 * scripts/lib/link-check.ts and scripts/content-links.ts against local fixture servers on 127.0.0.1 only
 * (plain HTTP, and HTTPS with a throwaway self-signed certificate). Nothing here leaves loopback: the
 * tests that use other host names inject fetch and DNS lookup.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseGuide } from "@/lib/content/parse";
import { checkUrl, collectLinks, formatReport, reportJson, runLinkCheck, type CheckOptions, type NetworkProbeOptions } from "@/scripts/lib/link-check";

const root = path.resolve(import.meta.dirname, "../..");
const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

// ---------------------------------------------------------------------------------------------
// Fixture servers

const seen: { method: string; path: string; ua: string }[] = [];
let flakyHits = 0;
const html = (title: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><p>${title}</p></body></html>`;

function handler(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? "/";
  seen.push({ method: req.method ?? "", path: url, ua: String(req.headers["user-agent"] ?? "") });
  const page = (status: number, title: string) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
    res.end(req.method === "HEAD" ? undefined : html(title));
  };
  const redirect = (status: number, location: string) => {
    res.writeHead(status, { location });
    res.end();
  };
  switch (url) {
    case "/":
      return page(200, "Fixture home");
    case "/ok":
    case "/final":
    case "/deep/help":
      return page(200, "Turn off AI training | Fixture Help");
    case "/r1":
      return redirect(301, "/r2");
    case "/r2":
      return redirect(301, "/final");
    case "/gone-404":
      return page(404, "Not found");
    case "/gone-410":
      return page(410, "Gone");
    case "/slow": {
      const timer = setTimeout(() => page(200, "Too late"), 2000);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    case "/soft":
      return page(200, "Page not found");
    case "/head-405":
      if (req.method === "HEAD") {
        res.writeHead(405, { allow: "GET" });
        return res.end();
      }
      return page(200, "Only GET here");
    case "/loop-a":
      return redirect(302, "/loop-b");
    case "/loop-b":
      return redirect(302, "/loop-a");
    case "/deep/retired-page":
      return redirect(302, "/");
    case "/flaky":
      flakyHits++;
      return flakyHits === 1 ? page(503, "Busy") : page(200, "Back again");
    default:
      return page(404, "Not found");
  }
}

let http: Server;
let https: Server | undefined;
let base = "";
let tlsBase = "";
let certDir = "";

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}
function close(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

beforeAll(async () => {
  http = createHttpServer(handler);
  base = `http://127.0.0.1:${await listen(http)}`;
  if (hasOpenssl) {
    certDir = mkdtempSync(path.join(tmpdir(), "link-check-tls-"));
    const [key, cert] = [path.join(certDir, "key.pem"), path.join(certDir, "cert.pem")];
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=untrain-fixture"], { stdio: "ignore" });
    https = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, handler);
    tlsBase = `https://127.0.0.1:${await listen(https)}`;
  }
});

afterAll(async () => {
  await Promise.all([close(http), close(https)]);
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

const fast: CheckOptions = { timeoutMs: 2000, backoffMs: 10 };
const hits = (p: string) => seen.filter((s) => s.path === p);

// ---------------------------------------------------------------------------------------------

describe("checkUrl against a local server", () => {
  it("200 → ok, with Untrain's user agent", async () => {
    const r = await checkUrl(`${base}/ok`, fast);
    expect(r).toMatchObject({ status: "ok", httpStatus: 200, finalUrl: null, attempts: 1 });
    expect(r.chain).toEqual([{ url: `${base}/ok`, method: "HEAD", status: 200 }]);
    expect(hits("/ok").map((h) => h.method)).toEqual(["HEAD", "GET"]); // HEAD, then the page once for its <title>
    expect(hits("/ok")[0]!.ua).toMatch(/UntrainLinkChecker/);
  });

  it("301 → 301 → 200 → moved, with the chain and the final URL", async () => {
    const r = await checkUrl(`${base}/r1`, fast);
    expect(r.status).toBe("moved");
    expect(r.finalUrl).toBe(`${base}/final`);
    expect(r.chain.map((h) => [h.url.replace(base, ""), h.status])).toEqual([
      ["/r1", 301],
      ["/r2", 301],
      ["/final", 200],
    ]);
    expect(r.detail).toBe(`moved to ${base}/final (301, 301)`);
  });

  it.each([404, 410])("%i → dead (confirmed with GET)", async (code) => {
    const r = await checkUrl(`${base}/gone-${code}`, fast);
    expect(r).toMatchObject({ status: "dead", httpStatus: code, detail: `HTTP ${code}`, attempts: 1 });
    expect(hits(`/gone-${code}`).map((h) => h.method)).toEqual(["HEAD", "GET"]);
  });

  it("a slow endpoint past the timeout → timeout, after one retry", async () => {
    const sleeps: number[] = [];
    const started = Date.now();
    const r = await checkUrl(`${base}/slow`, { timeoutMs: 150, backoffMs: 20, sleep: async (ms) => void sleeps.push(ms) });
    expect(r).toMatchObject({ status: "timeout", code: "TIMEOUT", httpStatus: null, attempts: 2 });
    expect(hits("/slow")).toHaveLength(2);
    expect(sleeps).toEqual([20]);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("a 503 is retried once with a backoff and then answers", async () => {
    const r = await checkUrl(`${base}/flaky`, fast);
    expect(r).toMatchObject({ status: "ok", attempts: 2 });
  });

  it.skipIf(!hasOpenssl)("a TLS error (self-signed certificate) → dead", async () => {
    const r = await checkUrl(`${tlsBase}/ok`, fast);
    expect(r.status).toBe("dead");
    expect(r.code).toMatch(/SELF_SIGNED|CERT/);
    expect(r.detail).toMatch(/^TLS error/);
    expect(r.attempts).toBe(1); // not retried: it will not fix itself
  });

  it("a 200 titled 'Page not found' → soft-404", async () => {
    const r = await checkUrl(`${base}/soft`, fast);
    expect(r.status).toBe("soft-404");
    expect(r.detail).toContain('"Page not found"');
  });

  it("a deep link redirected to the home page → soft-404", async () => {
    const r = await checkUrl(`${base}/deep/retired-page`, fast);
    expect(r).toMatchObject({ status: "soft-404", finalUrl: `${base}/` });
  });

  it("HEAD 405 then GET 200 → ok", async () => {
    const r = await checkUrl(`${base}/head-405`, fast);
    expect(r).toMatchObject({ status: "ok", httpStatus: 200 });
    expect(r.chain).toEqual([{ url: `${base}/head-405`, method: "GET", status: 200 }]);
    expect(hits("/head-405").map((h) => h.method)).toEqual(["HEAD", "GET"]);
  });

  it("a redirect loop → dead", async () => {
    const r = await checkUrl(`${base}/loop-a`, fast);
    expect(r.status).toBe("dead");
    expect(r.detail).toMatch(/redirect loop/);
    expect(r.chain.map((h) => h.status)).toEqual([302, 302]);
  });

  it("more than the redirect limit → dead", async () => {
    const r = await checkUrl(`${base}/r1`, { ...fast, maxRedirects: 1 });
    expect(r).toMatchObject({ status: "dead", detail: "too many redirects (more than 1)" });
  });

  it("connection refused → error, retried once", async () => {
    const closed = createHttpServer();
    const port = await listen(closed);
    await close(closed);
    const r = await checkUrl(`http://127.0.0.1:${port}/`, fast);
    expect(r).toMatchObject({ status: "error", code: "ECONNREFUSED", attempts: 2 });
  });
});

// ---------------------------------------------------------------------------------------------
// Whole runs on fixture guides

const TODAY = "2026-11-26";

function fixtureGuide(slug: string, urls: { official: string; press: string; href: string }) {
  const source = `---
title: Keep your Testbook posts out of AI training
platform: Testbook
company: Test Corp
category: social
summary: Object to Testbook using your public posts for AI, and turn off the training switch.
difficulty: easy
minutes: 5
lastReviewed: 2026-11-20
regions: [all]
sources:
  - id: tb-help
    title: Testbook help centre
    url: ${urls.official}
    kind: official
  - id: news-tb
    title: How to stop Testbook training AI on your posts
    url: ${urls.press}
    kind: press
    publisher: Testbook Weekly
related: []
changes:
  - date: 2026-11-20
    summary: First published.
---

Testbook trains models on public posts.

<Limits>

- Not retroactive.

</Limits>

<Step id="turn-off-training" title="Turn off AI training" effect="stops-training" href="${urls.href}" sources="tb-help,news-tb">

Open **Settings** and switch off **Use my data for AI**.

</Step>

<Step id="delete-history" title="Delete your AI history" effect="deletes-data" sources="news-tb">

Tap **Delete all**.

</Step>
`;
  return { file: `${slug}.mdx`, source, guide: parseGuide(`content/guides/${slug}.mdx`, source, { today: TODAY }) };
}

/** A fetch that answers from a table and never touches the network. */
function tableFetch(statuses: Record<string, number>, calls: string[] = []): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push(`${init?.method ?? "GET"} ${url}`);
    const status = statuses[url] ?? 200;
    return new Response(init?.method === "HEAD" || status === 204 ? null : html(status === 200 ? "Fine" : "Error"), { status, headers: { "content-type": "text/html" } });
  }) as typeof fetch;
}

const eth0 = () => ({ eth0: [{ address: "192.0.2.2", netmask: "255.255.255.0", family: "IPv4" as const, mac: "02:00:00:00:00:01", internal: false, cidr: "192.0.2.2/24" }] });
const publicDns: NetworkProbeOptions = { interfaces: eth0, lookup: async () => [{ address: "93.184.215.14", family: 4 }] };

const urls = { official: "https://help.testbook.test/ai", press: "https://news.testbook-weekly.test/how-to", href: "https://settings.testbook.test/ai" };

describe("runLinkCheck", () => {
  it("collects each URL once with every guide, step and source that uses it", () => {
    const a = fixtureGuide("testbook", urls).guide;
    const b = fixtureGuide("testbook-two", { ...urls, href: `${urls.official}#section` }).guide;
    const targets = collectLinks([a, b]);
    expect(targets.map((t) => t.url).sort()).toEqual([urls.press, urls.official, urls.href].sort());
    const official = targets.find((t) => t.url === urls.official)!;
    expect(official.uses).toEqual([
      { guide: "testbook", role: "source", source: { id: "tb-help", title: "Testbook help centre", kind: "official" }, steps: [{ id: "turn-off-training", number: 1 }] },
      { guide: "testbook-two", role: "href", step: { id: "turn-off-training", number: 1, title: "Turn off AI training" } },
      { guide: "testbook-two", role: "source", source: { id: "tb-help", title: "Testbook help centre", kind: "official" }, steps: [{ id: "turn-off-training", number: 1 }] },
    ]);
    expect(targets.find((t) => t.url === urls.press)!.uses.filter((u) => u.role === "source" && u.steps.length === 2)).toHaveLength(2);
  });

  it("a dead official source fails the run (exit 1), dead first in the table", async () => {
    const { guide } = fixtureGuide("testbook", urls);
    const report = await runLinkCheck([guide], { fetch: tableFetch({ [urls.official]: 404 }), probe: publicDns, ...fast });
    expect(report.exitCode).toBe(1);
    expect(report.summary).toMatchObject({ urls: 3, dead: 1, ok: 2, failing: 1, warnings: 0 });
    const text = formatReport(report, { all: true });
    const lines = text.split("\n");
    expect(lines[0]).toBe("testbook");
    expect(lines[1]).toMatch(/^ {2}DEAD\* +step 1 turn-off-training +source tb-help \(official\) +https:\/\/help\.testbook\.test\/ai +HTTP 404$/);
    expect(text).toMatch(/FAIL 1 dead official source or step link/);
  });

  it("a dead step href fails the run", async () => {
    const { guide } = fixtureGuide("testbook", urls);
    const report = await runLinkCheck([guide], { fetch: tableFetch({ [urls.href]: 410 }), probe: publicDns, ...fast });
    expect(report.exitCode).toBe(1);
    expect(report.results.find((r) => r.url === urls.href)).toMatchObject({ status: "dead", failing: true });
  });

  it("a dead press source alone is a warning (exit 0)", async () => {
    const { guide } = fixtureGuide("testbook", urls);
    const report = await runLinkCheck([guide], { fetch: tableFetch({ [urls.press]: 404 }), probe: publicDns, ...fast });
    expect(report.exitCode).toBe(0);
    expect(report.summary).toMatchObject({ dead: 1, failing: 0, warnings: 1 });
    const text = formatReport(report);
    expect(text).toMatch(/^ {2}DEAD +steps 1, 2 +source news-tb \(press\)/m);
    expect(text).not.toMatch(/DEAD\*/);
    expect(text).toMatch(/WARN 1 URL/);
  });

  it("--json has a stable shape with summary counts", async () => {
    const { guide } = fixtureGuide("testbook", urls);
    const report = await runLinkCheck([guide], { fetch: tableFetch({ [urls.press]: 404 }), probe: publicDns, now: () => new Date("2026-11-26T00:00:00Z"), ...fast });
    const json = JSON.parse(JSON.stringify(reportJson(report))) as Record<string, unknown> & { results: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(["version", "checkedAt", "skipped", "exitCode", "summary", "parseErrors", "results"]);
    expect(json).toMatchObject({ version: 1, checkedAt: "2026-11-26T00:00:00.000Z", skipped: null, exitCode: 0 });
    expect(json.summary).toEqual({ urls: 3, uses: 3, guides: 1, ok: 2, moved: 0, dead: 1, soft404: 0, timeout: 0, error: 0, failing: 0, warnings: 1, notChecked: 0 });
    expect(json.results.map((r) => r.url)).toEqual([...json.results.map((r) => r.url as string)].sort());
    expect(Object.keys(json.results[0]!)).toEqual(["url", "status", "failing", "httpStatus", "finalUrl", "detail", "code", "signIn", "attempts", "chain", "uses"]);
  });

  it("no network (every request throws ENOTFOUND) → skipped in one line, exit 0, nothing passed", async () => {
    const calls: string[] = [];
    const enotfound = (async (input: string | URL | Request) => {
      calls.push(String(input));
      const host = new URL(String(input)).hostname;
      throw new TypeError("fetch failed", { cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND", hostname: host }) });
    }) as typeof fetch;
    const { guide } = fixtureGuide("testbook", urls);
    const report = await runLinkCheck([guide], { fetch: enotfound, probe: publicDns, ...fast });
    expect(report).toMatchObject({ exitCode: 0, results: [], skipped: { reason: "no-network" } });
    expect(report.summary).toMatchObject({ urls: 3, notChecked: 3, ok: 0, failing: 0 });
    expect(formatReport(report)).toBe("Link check skipped: no network (3 URLs not checked)");
    expect(calls).toHaveLength(3); // one request per host, no retries, then it stops
  });

  it("no network (the DNS lookup fails with EAI_AGAIN) → skipped before any request", async () => {
    const calls: string[] = [];
    const looked: string[] = [];
    const guide = fixtureGuide("testbook", { official: "https://help.testbook.com/ai", press: "https://news.testbook.com/a", href: "https://help.testbook.com/settings" }).guide;
    const probe: NetworkProbeOptions = {
      interfaces: eth0,
      lookup: async (host) => {
        looked.push(host);
        throw Object.assign(new Error(`getaddrinfo EAI_AGAIN ${host}`), { code: "EAI_AGAIN" });
      },
    };
    const report = await runLinkCheck([guide], { fetch: tableFetch({}, calls), probe });
    expect(formatReport(report)).toBe("Link check skipped: no network (3 URLs not checked)");
    expect(report.skipped?.detail).toBe("DNS lookup of help.testbook.com failed (EAI_AGAIN)");
    expect(looked).toEqual(["help.testbook.com"]); // the most-used host, looked up once
    expect(calls).toEqual([]);
  });

  it("no network interface but loopback → skipped without any lookup", async () => {
    const { guide } = fixtureGuide("testbook", urls);
    const report = await runLinkCheck([guide], {
      fetch: tableFetch({}),
      probe: { interfaces: () => ({}), lookup: async () => Promise.reject(new Error("must not be called")) },
    });
    expect(report.skipped?.detail).toMatch(/no network interface/);
  });

  it("limits concurrency to 2 requests per host", async () => {
    let active = 0;
    let peak = 0;
    const slowFetch = (async (input: string | URL | Request, init?: RequestInit) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
      return tableFetch({})(input, init);
    }) as typeof fetch;
    const guides = Array.from({ length: 5 }, (_, i) =>
      fixtureGuide(`testbook-${i}`, { official: `https://help.testbook.test/${i}`, press: `https://help.testbook.test/p${i}`, href: `https://help.testbook.test/s${i}` }).guide,
    );
    const report = await runLinkCheck(guides, { fetch: slowFetch, probe: false, concurrency: 6, readTitles: false });
    expect(report.summary.ok).toBe(15);
    expect(peak).toBe(2);
  });
});

describe("npm run content:links (the script)", () => {
  it.skipIf(!hasOpenssl)("exits 1 on a dead official source and prints the stable JSON", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "link-check-guides-"));
    try {
      const { source } = fixtureGuide("testbook", { official: `${tlsBase}/ok`, press: `${tlsBase}/soft`, href: `${tlsBase}/deep/help` });
      writeFileSync(path.join(dir, "testbook.mdx"), source);
      // Asynchronous: the fixture server lives in this process and must keep answering.
      const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(path.join(root, "node_modules/.bin/tsx"), ["scripts/content-links.ts", "--dir", dir, "--json", "--no-probe"], { cwd: root, timeout: 60_000 }, (_, stdout, stderr) =>
          resolve({ status: child.exitCode, stdout, stderr }),
        );
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(1);
      const json = JSON.parse(run.stdout) as { exitCode: number; summary: { dead: number; failing: number; warnings: number }; results: { status: string; code: string }[] };
      expect(json.exitCode).toBe(1);
      expect(json.summary).toMatchObject({ dead: 3, failing: 2, warnings: 1 });
      expect(json.results.every((r) => r.status === "dead" && /CERT/.test(r.code))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
