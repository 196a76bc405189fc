/**
 * A closed-loop load generator for the benchmarks: `connections` workers each send one request after
 * another for `seconds`, and every latency is kept, so p50/p95/p99 are exact. The same loop drives the
 * app and its baseline (a static file server, a bare `pg` query), so their ratio is fair on a shared
 * machine where absolute times drift.
 */
import http from "node:http";

export type LoopResult = { requests: number; errors: number; seconds: number; rps: number; p50: number; p95: number; p99: number };

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

export function summarize(latencies: number[], errors: number, seconds: number): LoopResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** Runs `task(worker, i)` in a closed loop; a task that throws counts as an error. Bounded by `seconds`. */
export async function loop(connections: number, seconds: number, task: (worker: number, i: number) => Promise<void>): Promise<LoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t = performance.now();
        try {
          await task(worker, i);
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One HTTP request on a keep-alive agent; rejects on a status outside 2xx/3xx, resolves with the body size. */
export function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers, agent }, (res) => {
      let size = 0;
      res.on("data", (c: Buffer) => (size += c.length));
      res.on("end", () => ((res.statusCode ?? 500) < 400 ? resolve(size) : reject(new Error(`HTTP ${res.statusCode} for ${url}`))));
    });
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A static server answering every path with the same bytes and headers: the baseline for a page. */
export async function staticServer(port: number, body: Buffer, headers: Record<string, string>): Promise<http.Server> {
  const server = http.createServer((_, res) => {
    res.writeHead(200, { ...headers, "Content-Length": String(body.length) });
    res.end(body);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

export function fmt(result: LoopResult): string {
  return `${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms${result.errors ? `, ${result.errors} errors` : ""}`;
}

/** The raw bytes and headers of one response, as sent (no decompression): what a baseline must serve. */
export function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<{ body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ body: Buffer.concat(chunks), headers: res.headers }));
      })
      .on("error", reject);
  });
}
