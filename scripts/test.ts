/**
 * `npm test`: lint, typecheck, unit + integration tests against a throwaway database, then a
 * production build served with mail-to-files and the e2e tests in Chromium.
 *
 * The throwaway database is made on the server DATABASE_URL points to (or the embedded one) and
 * dropped afterwards, so reruns on a server that keeps old data never collide.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { resolveDatabase } from "./database-url.ts";
import { deployMigrations } from "./migrate.ts";
import { ensureChromium } from "./chromium.ts";

const root = path.resolve(import.meta.dirname, "..");
const only = process.env.TEST_ONLY?.split(",") ?? ["lint", "typecheck", "unit", "integration", "e2e"];
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
  const status = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], env);
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app server exited with code ${child.exitCode} before it was ready.`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app server did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/** A fresh database on the given server: CREATE, migrate, and DROP at the end. */
async function throwawayDatabase(serverUrl: string): Promise<string> {
  const name = `untrain_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<number> {
  let failures = 0;
  if (only.includes("lint")) {
    step("lint (ESLint)");
    if (run("npx", ["eslint", ".", "--max-warnings", "0"]) !== 0) failures++;
  }
  if (only.includes("typecheck")) {
    step("typecheck (tsc)");
    if (run("npx", ["tsc", "--noEmit"]) !== 0) failures++;
  }
  if (only.includes("unit")) {
    step("unit tests");
    if (vitest("unit", baseEnv) !== 0) failures++;
  }
  if (!only.includes("integration") && !only.includes("e2e")) return failures;

  step("test database");
  const server = await resolveDatabase();
  cleanups.push(() => server.stop());
  const databaseUrl = await throwawayDatabase(server.url);
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
    const app = spawn("npx", ["next", "start", "--port", String(port), "--hostname", "127.0.0.1"], { cwd: root, env: appEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const log: string[] = [];
    app.stdout?.on("data", (d) => log.push(String(d)));
    app.stderr?.on("data", (d) => log.push(String(d)));
    cleanups.push(() => {
      // next start leaves a next-server child: stop the whole process group.
      try {
        process.kill(-app.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    });
    try {
      await waitForServer(`${siteUrl}/`, app);
    } catch (error) {
      console.error(log.join(""));
      throw error;
    }
    const status = vitest("e2e", { ...appEnv, NODE_ENV: "test", E2E_BASE_URL: siteUrl, CHROMIUM_PATH: chromium });
    if (status !== 0) {
      failures++;
      console.error("--- app server log ---\n" + log.join("").slice(-8000));
    }
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
