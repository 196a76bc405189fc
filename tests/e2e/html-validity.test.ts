/**
 * Issue 15 item 11: the Nu Html Checker (the W3C validator, `vnu-jar` from npm, run on this machine's
 * Java) over the HTML of every kind of page the server renders, signed out and signed in, failing on
 * any error; and a crawl of the sitemap's pages that follows every internal link on them (none may be
 * broken).
 */
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { BASE_URL, request, SESSION_COOKIE } from "../support/http";
import { stepManifest } from "@/lib/content/guides";
import { unsubscribeToken } from "@/lib/jobs/reminders";

const VNU = path.resolve(import.meta.dirname, "../../node_modules/vnu-jar/build/dist/vnu.jar");
const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const dir = mkdtempSync(path.join(os.tmpdir(), "untrain-vnu-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await sql.end();
});

async function signedIn(role: "reader" | "editor") {
  const email = `vnu-${randomUUID().slice(0, 8)}@test.untrain.invalid`;
  const { rows } = await sql.query(`INSERT INTO "User" (id, email, role, "reminderMonths", "updatedAt") VALUES ($1, $2, $3, 6, now()) RETURNING id`, [`u${randomUUID().replace(/-/g, "")}`, email, role]);
  const token = randomUUID();
  await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 hour', now())`, [token, rows[0].id]);
  await sql.query(`INSERT INTO "Plan" ("userId", guides, region, "updatedAt") VALUES ($1, $2, 'EU', now())`, [rows[0].id, ["linkedin", "instagram"]]);
  return { id: rows[0].id as string, email, cookie: `${SESSION_COOKIE}=${token}` };
}

type Vnu = { messages: { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string }[] };

describe("HTML validity (Nu Html Checker)", () => {
  it("every kind of page has no HTML error", { timeout: 180_000 }, async () => {
    const reader = await signedIn("reader");
    const editor = await signedIn("editor");
    await sql.query(`INSERT INTO "StepCompletion" (id, "userId", guide, "stepId", "stepHash", "completedAt") VALUES ($1, $2, 'linkedin', $3, 'old', now())`, [`c${randomUUID().replace(/-/g, "")}`, reader.id, stepManifest().get("linkedin")![0]!.id]);
    const [guide, step] = ["linkedin", stepManifest().get("linkedin")![0]!.id];
    const kinds: [string, string, string?, number?][] = [
      ["home", "/"],
      ["start", "/start"],
      ["guides", "/guides"],
      ["guides-search", "/guides/search?q=meta"],
      ["guide", `/guides/${guide}`],
      ["step", `/guides/${guide}/steps/${step}`],
      ["guide-done", `/guides/${guide}/done`],
      ["plan", "/plan"],
      ["privacy", "/privacy"],
      ["signin", "/signin"],
      ["check-email", "/signin/check-email"],
      ["confirm", `/signin/confirm?token=${randomBytes(32).toString("hex")}&email=${encodeURIComponent(reader.email)}`],
      ["report", "/report?result=thanks&guide=linkedin"],
      ["unsubscribe", `/unsubscribe?token=${encodeURIComponent(unsubscribeToken(process.env.AUTH_SECRET!, reader.id))}`],
      ["unsubscribe-done", "/unsubscribe/done"],
      ["account-deleted", "/account/deleted"],
      ["checklist-signed-out", "/checklist"],
      ["checklist", "/checklist", reader.cookie],
      ["account", "/account", reader.cookie],
      ["editor", "/editor", editor.cookie],
      ["editor-stale", "/editor/stale", editor.cookie],
      ["not-found", "/no-such-page", undefined, 404],
    ];
    const files: string[] = [];
    for (const [name, pagePath, cookie, status] of kinds) {
      const res = await request(pagePath, { cookie });
      expect(res.status, pagePath).toBe(status ?? 200);
      const file = path.join(dir, `${name}.html`);
      writeFileSync(file, res.body);
      files.push(file);
    }
    const run = spawnSync("java", ["-jar", VNU, "--format", "json", "--errors-only", ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, "java could not be started").toBeUndefined();
    const report = JSON.parse(run.stderr || run.stdout) as Vnu;
    const errors = report.messages
      .filter((m) => m.type === "error" || m.subType === "fatal")
      .map((m) => `${path.basename(decodeURIComponent(m.url))}:${m.lastLine ?? "?"} ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ""}`);
    console.log(`Nu Html Checker: ${files.length} page kinds, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });
});

describe("internal links", () => {
  it("every internal link on the sitemap's pages answers without an error", { timeout: 180_000 }, async () => {
    const sitemap = await request("/sitemap.xml");
    expect(sitemap.status).toBe(200);
    const pages = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(page.origin).toBe(BASE_URL);
    const links = new Map<string, string>(); // target path → a page that links to it
    const broken: string[] = [];
    const each = async <T>(items: T[], work: (item: T) => Promise<void>) => {
      let next = 0;
      await Promise.all(Array.from({ length: 6 }, async () => {
        while (next < items.length) await work(items[next++]!);
      }));
    };
    await each(pages, async (page) => {
      const res = await request(page.pathname + page.search);
      if (res.status !== 200) broken.push(`${page.pathname}: ${res.status} (listed in the sitemap)`);
      for (const m of res.body.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, "&");
        if (!href.startsWith("/") || href.startsWith("//")) continue;
        const target = new URL(href, BASE_URL);
        const key = target.pathname + target.search;
        if (!links.has(key)) links.set(key, page.pathname);
      }
    });
    const targets = [...links.keys()].filter((t) => !pages.some((p) => p.pathname + p.search === t));
    await each(targets, async (target) => {
      const res = await request(target);
      if (res.status >= 400) broken.push(`${target}: ${res.status} (linked from ${links.get(target)})`);
    });
    console.log(`link crawl: ${pages.length} sitemap pages, ${links.size} internal links, ${broken.length} broken`);
    expect(broken).toEqual([]);
  });
});
