/**
 * Plain HTTP requests to the test server, for what a browser or fetch will not send: a forged Host
 * header, or a chosen loopback source address (so a test gets its own rate-limit bucket).
 */
import http from "node:http";
import { randomInt } from "node:crypto";
import { BASE_URL } from "./browser";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function rawRequest(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<RawResponse> {
  const base = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: base.port,
        path,
        method: options.method ?? "GET",
        headers: { host: base.host, ...options.headers, ...(options.body !== undefined ? { "content-length": String(Buffer.byteLength(options.body)) } : {}) },
        localAddress: options.localAddress,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout on ${path}`)));
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A loopback address of its own (127.0.0.0/8 all reaches this machine), for a fresh rate-limit bucket. */
export function freshLoopbackAddress(): string {
  return `127.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(2, 250)}`;
}

/** Cookies from Set-Cookie headers as one Cookie header value. */
export function cookieHeader(...responses: RawResponse[]): string {
  return responses
    .flatMap((r) => ([] as string[]).concat(r.headers["set-cookie"] ?? []))
    .map((c) => c.split(";")[0])
    .join("; ");
}
