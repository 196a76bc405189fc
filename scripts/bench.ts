/**
 * `npm run bench`: the figures in docs/benchmarks.md, measured on this machine against a real
 * PostgreSQL (DATABASE_URL or the embedded one) in a throwaway database.
 *
 *   1. A tick through HTTP (POST /api/progress on a production server, signed-in session):
 *      p50/p95 over 1,000 ticks, plus the same tick as a direct call to lib/progress.
 *   2. The /checklist dashboard for a user with 500 ticks (buildChecklist, in process), and the
 *      /checklist page over HTTP for a user who ticked every real step.
 *   3. A prerendered guide page over HTTP.
 * BENCH_SKIP_BUILD=1 reuses the last `next build`.
 */
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { resolveDatabase } from "./database-url.ts";
import { deployMigrations } from "./migrate.ts";
import { loadGuides } from "../lib/content/guides.ts";
import { setStep, type Manifest } from "../lib/progress.ts";
import { buildChecklist, type ChecklistGuide } from "../lib/checklist.ts";
import { firstLoadJs } from "./first-load-js.ts";
import { createThrowawayDatabase, freePort, startProductionServer } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
function summary(label: string, samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const line = `${label}: n=${s.length} p50=${percentile(s, 50).toFixed(2)} ms p95=${percentile(s, 95).toFixed(2)} ms p99=${percentile(s, 99).toFixed(2)} ms max=${s.at(-1)!.toFixed(2)} ms`;
  console.log(line);
  return line;
}
async function time<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
const server = await resolveDatabase();
const throwaway = await createThrowawayDatabase(server.url, "untrain_bench");
const databaseUrl = throwaway.url;
await deployMigrations(databaseUrl);
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
const results: string[] = [];
let stopApp = () => {};

try {
  const guides = loadGuides();
  const manifest: Manifest = new Map(guides.map((g) => [g.slug, g.steps.map(({ id, title, hash, number }) => ({ id, title, hash, number }))]));
  const allSteps = guides.flatMap((g) => g.steps.map((s) => ({ guide: g.slug, stepId: s.id })));

  // --- 1a. direct call
  const direct = await db.user.create({ data: { email: `bench-direct-${randomUUID()}@bench.invalid` } });
  const directSamples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const step = allSteps[i % allSteps.length]!;
    directSamples.push(await time(() => setStep(db, direct.id, { ...step, done: i % 2 === 0 }, manifest)));
  }
  results.push(summary("tick, lib/progress setStep in process (1,000)", directSamples));

  // --- 2a. dashboard with 500 ticks (synthetic guides: the real ones have fewer than 500 steps)
  const synthetic: ChecklistGuide[] = Array.from({ length: 50 }, (_, g) => ({
    slug: `guide-${g}`,
    platform: `Guide ${g}`,
    title: `Guide ${g}`,
    category: "social",
    steps: Array.from({ length: 12 }, (_, s) => ({ id: `step-${s}`, title: `Step ${s}`, hash: `h${s}`, number: s + 1 })),
  }));
  const heavy = await db.user.create({ data: { email: `bench-heavy-${randomUUID()}@bench.invalid`, reminderMonths: 6 } });
  const rows = synthetic.flatMap((g) => g.steps.slice(0, 10).map((s) => ({ userId: heavy.id, guide: g.slug, stepId: s.id, stepHash: s.number % 7 === 0 ? "old" : s.hash })));
  await db.stepCompletion.createMany({ data: rows });
  console.log(`heavy user has ${await db.stepCompletion.count({ where: { userId: heavy.id } })} ticks`);
  const dashSamples: number[] = [];
  for (let i = 0; i < 200; i++) dashSamples.push(await time(() => buildChecklist(db, heavy, synthetic)));
  results.push(summary("checklist for a user with 500 ticks, buildChecklist in process (200 runs)", dashSamples));

  // --- HTTP: production server
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(33).toString("base64"), SITE_URL: site, MAIL_TO_FILES: "1", MAIL_DIR: path.join(root, ".data/bench-mail"), NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "true" };
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["next", "build"], { cwd: root, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  for (const route of ["/", "/guides/instagram", "/start"]) {
    const js = firstLoadJs(route);
    if (js) results.push(`first-load JS ${route}: ${js.scripts} scripts, ${js.rawKb} kB raw, ${js.gzipKb} kB gzipped`);
  }
  stopApp = (await startProductionServer(port, env)).stop;
  const httpUser = await db.user.create({ data: { email: `bench-http-${randomUUID()}@bench.invalid` } });
  const token = randomUUID();
  await db.session.create({ data: { userId: httpUser.id, sessionToken: token, expires: new Date(Date.now() + 86_400_000) } });
  const headers = { "Content-Type": "application/json", Cookie: `authjs.session-token=${token}` };
  // warm-up
  for (let i = 0; i < 20; i++) await fetch(`${site}/api/progress`, { method: "POST", headers, body: JSON.stringify({ ...allSteps[0], done: true }) });
  const httpSamples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const step = allSteps[i % allSteps.length]!;
    httpSamples.push(
      await time(async () => {
        const res = await fetch(`${site}/api/progress`, { method: "POST", headers, body: JSON.stringify({ ...step, done: i % 2 === 0 }) });
        if (!res.ok) throw new Error(`tick failed: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      }),
    );
  }
  results.push(summary("tick, POST /api/progress over HTTP on loopback, signed in (1,000)", httpSamples));

  await db.stepCompletion.createMany({ data: allSteps.map((s) => ({ userId: httpUser.id, ...s, stepHash: manifest.get(s.guide)!.find((m) => m.id === s.stepId)!.hash })), skipDuplicates: true });
  const pageSamples: number[] = [];
  for (let i = 0; i < 200; i++) pageSamples.push(await time(async () => (await fetch(`${site}/checklist`, { headers: { Cookie: headers.Cookie } })).arrayBuffer()));
  results.push(summary(`GET /checklist over HTTP, user with every real step ticked (${allSteps.length} ticks, 200 runs)`, pageSamples));

  const guideSamples: number[] = [];
  for (let i = 0; i < 300; i++) guideSamples.push(await time(async () => (await fetch(`${site}/guides/instagram`)).arrayBuffer()));
  results.push(summary("GET /guides/instagram (prerendered) over HTTP (300)", guideSamples));
} finally {
  stopApp();
  await db.$disconnect();
  await throwaway.drop();
  await server.stop();
}
console.log(`\nmachine: ${(await import("node:os")).cpus().length} cores, node ${process.version}`);
console.log(results.join("\n"));
