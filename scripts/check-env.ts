/**
 * `npm start` runs this first (npm's prestart): a production server with an invalid environment must
 * not start at all. `next start` opens its port before instrumentation.ts runs, so checking there alone
 * would still accept connections for a moment; this check exits before anything listens.
 */
import { EnvError, parseServerEnv } from "../lib/env.ts";

try {
  parseServerEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" });
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
