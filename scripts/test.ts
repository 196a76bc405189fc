/**
 * `npm test`: lint (ESLint, knip, dependency-cruiser), typecheck, unit + integration tests against a throwaway database, then a
 * production build served with mail-to-files and the e2e tests in Chromium.
 *
 * The throwaway database is made on the server DATABASE_URL points to (or the embedded one) and
 * dropped afterwards, so reruns on a server that keeps old data never collide.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./database-url.ts";
import { deployMigrations } from "./migrate.ts";
import { ensureChromium } from "./chromium.ts";
import { createThrowawayDatabase, freePort, startProductionServer } from "./harness.ts";
import { ensureNginx } from "./edge-topology.ts";

const root = path.resolve(import.meta.dirname, "..");
const only = process.env.TEST_ONLY?.split(",") ?? ["lint", "typecheck", "unit", "integration", "e2e", "edge"];
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0, skipped: 0 };
const cleanups: (() => Promise<void> | void)[] = [];

function step(title: string) {
  console.log(`\n=== ${title} ===`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = baseEnv): number {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, env });
  return result.status ?? 1;
}

function vitest(project: string, env: NodeJS.ProcessEnv): number {
  const report = path.join(root, `.data/test-results/${project}.json`);
  mkdirSync(path.dirname(report), { recursive: true });
  rmSync(report, { force: true });
  // TEST_FILES="requests guides" narrows every project to the test files whose path contains one of the words (vitest's filters).
  const filters = process.env.TEST_FILES?.split(/\s+/).filter(Boolean) ?? [];
  const status = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...filters], env);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTotalTests: number };
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests;
    if (json.numTotalTests === 0) {
      console.error(`No ${project} test ran.`);
      return 1;
    }
  } else if (status === 0) return 1;
  return status;
}

async function main(): Promise<number> {
  let failures = 0;
  if (only.includes("lint")) {
    step("lint (ESLint)");
    if (run("npx", ["eslint", ".", "--max-warnings", "0"]) !== 0) failures++;
    // The house's guards (issue 17, docs/architecture.md): nothing unused, and imports only downwards.
    step("unused files, exports and dependencies (knip)");
    if (run("npm", ["run", "--silent", "check:unused"]) !== 0) failures++;
    step("import boundaries (dependency-cruiser)");
    if (run("npm", ["run", "--silent", "check:boundaries"]) !== 0) failures++;
  }
  if (only.includes("typecheck")) {
    step("typecheck (tsc)");
    if (run("npx", ["tsc", "--noEmit"]) !== 0) failures++;
  }
  if (only.includes("unit")) {
    step("unit tests");
    if (vitest("unit", baseEnv) !== 0) failures++;
  }
  if (!only.includes("integration") && !only.includes("e2e") && !only.includes("edge")) return failures;

  step("test database");
  const server = await resolveDatabase();
  cleanups.push(() => server.stop());
  const throwaway = await createThrowawayDatabase(server.url, "untrain_test");
  cleanups.push(throwaway.drop);
  const databaseUrl = throwaway.url;
  const applied = await deployMigrations(databaseUrl);
  console.log(`Test database ${new URL(databaseUrl).pathname.slice(1)} with ${applied.length} migration(s).`);
  const authSecret = randomBytes(33).toString("base64");
  const dbEnv = { ...baseEnv, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret };

  if (only.includes("integration")) {
    step("integration tests (real PostgreSQL)");
    if (vitest("integration", dbEnv) !== 0) failures++;
  }

  if (only.includes("e2e")) {
    step("e2e: production build");
    const chromium = ensureChromium();
    const port = await freePort();
    const siteUrl = `http://localhost:${port}`;
    const mailDir = path.join(root, `.data/test-mail/${path.basename(new URL(databaseUrl).pathname)}`);
    mkdirSync(mailDir, { recursive: true });
    cleanups.push(() => rmSync(mailDir, { recursive: true, force: true }));
    const appEnv = { ...dbEnv, SITE_URL: siteUrl, MAIL_TO_FILES: "1", MAIL_DIR: mailDir, NODE_ENV: "production" as const, AUTH_TRUST_HOST: "true" };
    if (process.env.SKIP_BUILD !== "1" && run("npx", ["next", "build"], appEnv) !== 0) return failures + 1;
    step("e2e: Chromium");
    const { log, stop } = await startProductionServer(port, appEnv);
    cleanups.push(stop);
    const status = vitest("e2e", { ...appEnv, NODE_ENV: "test", E2E_BASE_URL: siteUrl, CHROMIUM_PATH: chromium });
    if (status !== 0) {
      failures++;
      console.error("--- app server log ---\n" + log.join("").slice(-8000));
    }
    // The edge stage below starts its own processes: this one's CPU is better spent there.
    stop();
  }

  if (only.includes("edge")) {
    // Issue 20: nginx (deploy/) in front of two app processes, each test file starting its own
    // (tests/support/edge.ts). A database of its own: the e2e run above spent rate-limit buckets of
    // the same loopback addresses.
    step("edge: nginx and two app processes");
    const nginx = ensureNginx();
    const chromium = ensureChromium();
    const edgeDatabase = await createThrowawayDatabase(server.url, "untrain_edge");
    cleanups.push(edgeDatabase.drop);
    // In a child process: Prisma's WebAssembly schema engine does not survive a second run in one process.
    if (run("npx", ["tsx", "scripts/migrate.ts", "deploy"], { ...baseEnv, DATABASE_URL: edgeDatabase.url }) !== 0) return failures + 1;
    const edgePort = await freePort();
    const siteUrl = `http://localhost:${edgePort}`;
    const mailDir = path.join(root, `.data/test-mail/${path.basename(new URL(edgeDatabase.url).pathname)}`);
    mkdirSync(mailDir, { recursive: true });
    cleanups.push(() => rmSync(mailDir, { recursive: true, force: true }));
    const edgeEnv = { ...baseEnv, DATABASE_URL: edgeDatabase.url, AUTH_SECRET: authSecret, SITE_URL: siteUrl, MAIL_TO_FILES: "1", MAIL_DIR: mailDir, AUTH_TRUST_HOST: "true" };
    // The e2e stage built already; alone (TEST_ONLY=edge) it builds unless SKIP_BUILD=1 finds a build.
    const built = only.includes("e2e") || (process.env.SKIP_BUILD === "1" && existsSync(path.join(root, ".next/BUILD_ID")));
    if (!built && run("npx", ["next", "build"], { ...edgeEnv, NODE_ENV: "production" }) !== 0) return failures + 1;
    console.log(`nginx: ${nginx}; the edge listens on ${siteUrl}`);
    if (vitest("edge", { ...edgeEnv, NODE_ENV: "test", E2E_BASE_URL: siteUrl, EDGE_PORT: String(edgePort), CHROMIUM_PATH: chromium }) !== 0) failures++;
  }
  return failures;
}

let code = 1;
try {
  code = (await main()) > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup: ${(error as Error).message}`);
    }
  }
}
console.log(`\n${code === 0 ? "All checks passed" : "Some checks FAILED"}.`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(code);
