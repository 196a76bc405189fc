/**
 * Issue 20, what nginx caches: guide pages once (compressed once), never a personal page, never what
 * a session or a server action fetched; the app's security headers on every answer; and a new build
 * never answered from an old build's entries.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { mintSession, request, type HttpClient } from "../support/http";
import { startTestEdge } from "../support/edge";
import type { Edge } from "../../scripts/edge-topology.ts";
import { securityHeaders } from "@/lib/http/security-headers";
import { stepManifest } from "@/lib/content/guides";

let edge: Edge;
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
beforeAll(async () => {
  edge = await startTestEdge();
});
afterAll(async () => {
  await edge?.stop();
  await sql.end();
});

const GUIDE = "linkedin";
const gzip = { "accept-encoding": "gzip" };
const status = (res: { headers: Record<string, unknown> }) => res.headers["x-cache-status"];

/** A guide page fetched until nginx says it came from the cache (the first may be a MISS, or a HIT left by another test). */
async function cached(pathAndQuery: string, headers: Record<string, string> = gzip) {
  await request(pathAndQuery, { headers });
  const res = await request(pathAndQuery, { headers });
  expect(status(res)).toBe("HIT");
  return res;
}

async function reader(label: string): Promise<{ client: HttpClient; email: string }> {
  const email = `${label}-${randomUUID().slice(0, 8)}@test.untrain.invalid`;
  const { rows } = await sql.query(`INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ($1, $2, now(), now()) RETURNING id`, [`edge${randomUUID().replace(/-/g, "")}`, email]);
  return { client: await mintSession(sql, rows[0].id as string, label), email };
}

/** Every file in nginx's cache, as text (headers and body; bodies are mostly gzip, so also unpacked where they are). */
function cacheContents(): string {
  const dir = path.join(edge.nginx.prefix, "cache");
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else {
        const bytes = readFileSync(file);
        out.push(bytes.toString("latin1"));
        const at = bytes.indexOf(Buffer.from([0x1f, 0x8b]));
        if (at >= 0) {
          try {
            out.push(gunzipSync(bytes.subarray(at)).toString("utf8"));
          } catch {
            // not a gzip body after all
          }
        }
      }
    }
  };
  walk(dir);
  return out.join("\n");
}

describe("the edge's cache", () => {
  it("stores a guide page once, compressed, and serves the same page to clients with and without gzip", async () => {
    const zipped = await cached(`/guides/${GUIDE}`);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(String(zipped.headers["cache-control"])).toMatch(/s-maxage=/);
    const direct = await request(`/guides/${GUIDE}`, { port: edge.apps[0]!.port });
    const plain = await request(`/guides/${GUIDE}`);
    expect(status(plain)).toBe("HIT");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(direct.body);
  });

  it("keeps every security header the app sets, on cached, personal and nginx's own answers", async () => {
    const expected = securityHeaders(false);
    const guide = await cached(`/guides/${GUIDE}`);
    const personal = await request("/checklist");
    const api = await request("/api/health");
    const direct = await request(`/guides/${GUIDE}`, { port: edge.apps[0]!.port });
    for (const res of [guide, personal, api]) {
      for (const { key, value } of expected) {
        expect(res.headers[key.toLowerCase()], key).toBe(value);
        expect(res.headers[key.toLowerCase()]).toBe(direct.headers[key.toLowerCase()]);
      }
    }
  });

  it("serves /_next/static as immutable, from the cache", async () => {
    const page = await request(`/guides/${GUIDE}`);
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeTruthy();
    const res = await cached(script!);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("never serves one reader's personal page to another (two readers, same URL, different content)", async () => {
    const a = await reader("edge-reader-a");
    const b = await reader("edge-reader-b");
    const step = stepManifest().get(GUIDE)![0]!;
    const tick = await a.client.postJson("/api/progress", { guide: GUIDE, stepId: step.id, done: true });
    expect(tick.status).toBe(200);
    for (let round = 0; round < 3; round++) {
      for (const [me, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const account = await me.client.get("/account");
        expect(account.status).toBe(200);
        expect(account.body).toContain(me.email);
        expect(account.body).not.toContain(other.email);
        expect(status(account)).toBeUndefined();
        const checklist = await me.client.get("/checklist");
        expect(checklist.status).toBe(200);
        expect(status(checklist)).toBeUndefined();
      }
    }
    const anonymous = await request("/account");
    expect(anonymous.body).not.toContain(a.email);
    expect(anonymous.body).not.toContain(b.email);
    const stored = cacheContents();
    expect(stored).not.toContain(a.email);
    expect(stored).not.toContain(b.email);
  });

  it("never stores what a request with a session cookie fetched, nor a server action's answer", async () => {
    const { client } = await reader("edge-session");
    const fresh = `/guides/${GUIDE}?edge-test=${randomUUID()}`;
    const signedIn = await client.get(fresh);
    expect(signedIn.status).toBe(200);
    expect(status(signedIn)).toBe("MISS");
    // Not stored: the next anonymous request for the same URL goes to the app too.
    expect(status(await request(fresh))).toBe("MISS");
    const action = await request(`/guides/${GUIDE}`, { method: "POST", headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, body: "[]" });
    expect(["BYPASS", undefined]).toContain(status(action));
  });

  it("answers no other Host than SITE_URL's", async () => {
    const res = await request(`/guides/${GUIDE}`, { headers: { host: "evil.example" } });
    expect(res.status).toBe(421);
  });

  it("never answers a new build from an old build's entries (the key starts with the build id)", async () => {
    await cached(`/guides/${GUIDE}`);
    // A deploy: the same cache folder, another build id (startEdge reads .next/BUILD_ID; here it is forced).
    await edge.restartNginx("a-newer-build");
    const afterDeploy = await request(`/guides/${GUIDE}`, { headers: gzip });
    expect(afterDeploy.status).toBe(200);
    expect(status(afterDeploy)).toBe("MISS");
    // The old entry was still on disk all along: only the key kept it out.
    await edge.restartNginx(edge.buildId);
    expect(status(await request(`/guides/${GUIDE}`, { headers: gzip }))).toBe("HIT");
  });
});
