/** Pieces shared by `npm test` and `npm run bench`: a throwaway database and a production server on a free port. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { resolveDatabase } from "./database-url.ts";
import { deployMigrations } from "./migrate.ts";

const root = path.resolve(import.meta.dirname, "..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** A fresh database on the given server, so runs never collide with data a server keeps between runs. */
export async function createThrowawayDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** CPU time (ms) used so far by a process group (the app server and its children), from /proc; NaN where there is none. */
export function groupCpuMs(pgid: number): number {
  const listed = spawnSync("ps", ["-o", "pid=", "-g", String(pgid)], { encoding: "utf8" });
  if (listed.status !== 0) return NaN;
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  return listed.stdout
    .trim()
    .split(/\s+/)
    .reduce((total, pid) => {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        return total + (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
      } catch {
        return total;
      }
    }, 0);
}

/**
 * `next start` in its own process group (it leaves a next-server child that holds the port when only
 * the npx process is killed), resolved once it answers. `cwd` serves another checkout's build (a baseline).
 */
export async function startProductionServer(port: number, env: NodeJS.ProcessEnv, timeoutMs = 60_000, cwd = root): Promise<{ child: ChildProcess; log: string[]; stop: () => void }> {
  const child = spawn("npx", ["next", "start", "--port", String(port), "--hostname", "127.0.0.1"], { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const log: string[] = [];
  child.stdout?.on("data", (d) => log.push(String(d)));
  child.stderr?.on("data", (d) => log.push(String(d)));
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).status < 500) return { child, log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`The app server did not start on port ${port}:\n${log.join("").slice(-4000)}`);
}

/**
 * What a long-running script started (servers, databases, temp folders), stopped in reverse order at
 * the end, on Ctrl-C and on SIGTERM, so a run never leaves a process or a database behind.
 */
export const cleanups: (() => Promise<void> | void)[] = [];
export async function cleanup() {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup: ${(error as Error).message}`);
    }
  }
}
export function cleanUpOnSignals() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping everything this run started…`);
      void cleanup().finally(() => process.exit(130));
    });
  }
}

/**
 * A production build of this checkout: reused with SKIP_BUILD=1 (or BENCH_SKIP_BUILD=1) when one
 * exists, otherwise built. Other runs share .next/: when one is building, wait for its lock, then build.
 */
export function ensureBuild(env: NodeJS.ProcessEnv, log: (line: string) => void) {
  const buildId = path.join(root, ".next/BUILD_ID");
  const skip = process.env.SKIP_BUILD === "1" || process.env.BENCH_SKIP_BUILD === "1";
  if (skip && existsSync(buildId)) return log("reusing the last production build (SKIP_BUILD=1)");
  log(existsSync(buildId) ? "building (SKIP_BUILD=1 reuses the last build)…" : "no production build yet: building…");
  for (let attempt = 1; attempt <= 3; attempt++) {
    const build = spawnSync("npx", ["next", "build"], { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
    if (build.status === 0) return log("built");
    process.stdout.write(build.stdout ?? "");
    process.stderr.write(build.stderr ?? "");
    if (!`${build.stdout}${build.stderr}`.includes("Another next build process is already running")) throw new Error("next build failed");
    log("another `next build` holds .next/lock: waiting for it (at most 10 min), then building again");
    spawnSync("flock", ["-w", "600", path.join(root, ".next/lock"), "true"], { stdio: "ignore" });
  }
  throw new Error("next build failed: .next/ stayed locked by other builds");
}

/** A migrated throwaway database on DATABASE_URL's server (or the embedded one); cleanup() drops it and stops the server. */
export async function migratedThrowawayDatabase(prefix: string): Promise<string> {
  const server = await resolveDatabase();
  cleanups.push(() => server.stop());
  const throwaway = await createThrowawayDatabase(server.url, prefix);
  cleanups.push(throwaway.drop);
  await deployMigrations(throwaway.url);
  return throwaway.url;
}

/** What a production server started by a bench or check runs with: its own database, secret and origin, mail to files. */
export function productionServerEnv(databaseUrl: string, siteUrl: string, mailDir = path.join(root, ".data/bench-mail")): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    SITE_URL: siteUrl,
    MAIL_TO_FILES: "1",
    MAIL_DIR: mailDir,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_TRUST_HOST: "true",
  };
}

/** A small seeded generator (mulberry32), so a load run can be replayed with the same seed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs a script's main, stops everything it started whatever happens, and exits with its code. */
export async function runMain(main: () => Promise<number>): Promise<never> {
  let code = 1;
  try {
    code = await main();
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    code = 1;
  } finally {
    await cleanup();
  }
  process.exit(code);
}
