import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";

/** DATABASE_URL when set; otherwise the embedded server under .data/ (started if needed). */
export async function resolveDatabase(): Promise<RunningPostgres> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, started: false, stop: async () => {} };
  return startEmbeddedPostgres();
}

export async function resolveDatabaseUrl(): Promise<string> {
  return (await resolveDatabase()).url;
}
