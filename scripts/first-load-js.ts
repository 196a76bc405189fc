/**
 * First-load JavaScript of prerendered routes, read from the last `next build`: every <script src>
 * in the route's HTML, raw and gzipped (Next 16 no longer prints this in the build output).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");

export function firstLoadJs(route: string): { scripts: number; rawKb: number; gzipKb: number } | null {
  const file = path.join(root, ".next/server/app", `${route === "/" ? "index" : route.replace(/^\//, "")}.html`);
  if (!existsSync(file)) return null;
  const html = readFileSync(file, "utf8");
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const asset = path.join(root, ".next", src.replace(/^\/_next\//, ""));
    const bytes = readFileSync(asset);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { scripts: sources.length, rawKb: Math.round(raw / 102.4) / 10, gzipKb: Math.round(gzip / 102.4) / 10 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const route of ["/", "/guides/instagram", "/guides/linkedin", "/start", "/signin/check-email"]) {
    const r = firstLoadJs(route);
    console.log(r ? `${route}: ${r.scripts} scripts, ${r.rawKb} kB raw, ${r.gzipKb} kB gzipped` : `${route}: not prerendered`);
  }
}
