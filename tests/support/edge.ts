/**
 * The edge for one test file (tests/edge): a fresh nginx and two app processes, on the port
 * scripts/test.ts chose (EDGE_PORT, whose origin is E2E_BASE_URL and SITE_URL). A fresh nginx per
 * file rather than reloads: a reload leaves old workers answering for a while.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { startEdge, type Edge } from "../../scripts/edge-topology.ts";

export async function startTestEdge(): Promise<Edge> {
  const port = Number(process.env.EDGE_PORT);
  if (!port) throw new Error("EDGE_PORT is not set: run the edge tests through `npm test` (TEST_ONLY=edge).");
  return startEdge({ port, host: new URL(process.env.E2E_BASE_URL!).hostname, processes: 2, env: { ...process.env, NODE_ENV: "production" } });
}

type AccessLine = { status: number; upstreams: string[]; cache: string; request: string };

/** nginx's access log (log_format untrain in deploy/nginx.conf.template), one entry per request. */
export function accessLog(edge: Edge): AccessLine[] {
  const file = path.join(edge.nginx.prefix, "access.log");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const m = /"([^"]*)" (\d{3}) \d+ [\d.]+ "([^"]*)" "[^"]*" (\S*)$/.exec(line);
      return m ? { request: m[1]!, status: Number(m[2]), upstreams: m[3]!.split(/[,:]\s*/).length ? m[3]!.split(/,\s*/).filter((u) => u !== "-") : [], cache: m[4]! } : { request: line, status: 0, upstreams: [], cache: "" };
    });
}
