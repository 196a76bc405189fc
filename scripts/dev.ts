/**
 * `npm run dev`: database (DATABASE_URL or the embedded one), migrations, then `next dev`.
 */
import { spawn } from "node:child_process";
import { resolveDatabase } from "./database-url.ts";
import { deployMigrations } from "./migrate.ts";
import { localAuthSecret } from "./local-env.ts";

let database: Awaited<ReturnType<typeof resolveDatabase>>;
try {
  database = await resolveDatabase();
} catch (error) {
  // resolveDatabase fails with one sentence saying what to do; show it, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const applied = await deployMigrations(database.url);
console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

const port = process.env.PORT ?? "3000";
const child = spawn("npx", ["next", "dev", "--port", port, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    AUTH_SECRET: localAuthSecret(),
    AUTH_TRUST_HOST: "true",
    SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
child.on("exit", (code) => void stop(code ?? 0));
