/**
 * `npm run start:edge`: the production topology on this machine (issue 20). Builds once if there is
 * no build (or with --build), applies migrations, starts N `next start` processes and nginx in front
 * of them on loopback (scripts/edge-topology.ts, deploy/nginx.ts), prints the address, and stops
 * everything on Ctrl-C.
 *
 *   npm run start:edge                          # 2 processes, a free port
 *   npm run start:edge -- --processes 3 --port 8080 --build
 *   EDGE_PROCESSES=3 EDGE_PORT=8080 npm run start:edge
 *
 * The database is DATABASE_URL or the embedded one (as for `npm run dev`). Without EMAIL_SERVER, mail
 * goes to files under .data/mail (MAIL_TO_FILES=1): this is a local run, never a real deployment (that
 * is docs/deploy.md).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { resolveDatabase } from "./database-url.ts";
import { deployMigrations } from "./migrate.ts";
import { localAuthSecret } from "./local-env.ts";
import { cleanup, cleanups, ensureBuild } from "./harness.ts";
import { ensureNginx, startEdge } from "./edge-topology.ts";

const root = path.resolve(import.meta.dirname, "..");

const { values } = parseArgs({
  options: { processes: { type: "string" }, port: { type: "string" }, build: { type: "boolean", default: false } },
});
const options = z
  .object({
    processes: z.coerce.number().int().min(1, "at least one app process").max(16, "more than 16 processes on one machine is a mistake"),
    port: z.coerce.number().int().min(0).max(65_535),
  })
  .parse({ processes: values.processes ?? process.env.EDGE_PROCESSES ?? 2, port: values.port ?? process.env.EDGE_PORT ?? 0 });

const log = (line: string) => console.log(`[edge] ${line}`);
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and forwarded by npm and
  // tsx), and a second signal without a handler would end it before the app processes are stopped.
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping nginx and the app processes…`);
    void cleanup().finally(() => process.exit(0));
  });
}

try {
  ensureNginx();
  const database = await resolveDatabase();
  cleanups.push(() => database.stop());
  const applied = await deployMigrations(database.url);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    AUTH_SECRET: localAuthSecret(),
    ...(process.env.EMAIL_SERVER ? {} : { MAIL_TO_FILES: "1", MAIL_DIR: process.env.MAIL_DIR ?? path.join(root, ".data/mail") }),
  };
  if (values.build || !existsSync(path.join(root, ".next/BUILD_ID"))) ensureBuild(env, log);
  else log("reusing the last production build (--build builds again)");
  log(`starting ${options.processes} app process(es) and nginx…`);
  const edge = await startEdge({ processes: options.processes, env, ...(options.port ? { port: options.port } : {}) });
  cleanups.push(() => edge.stop());
  log(`app processes on ${edge.apps.map((a) => `127.0.0.1:${a.port}`).join(", ")}; nginx's files in ${path.relative(root, edge.nginx.prefix)}`);
  if (!process.env.EMAIL_SERVER) log(`sign-in links are written to ${env.MAIL_DIR}`);
  console.log(`\nUntrain through the edge: ${edge.url}   (Ctrl-C stops everything)\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await cleanup();
  process.exit(1);
}
