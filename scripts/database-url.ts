import { EmbeddedPostgresError, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";

/** DATABASE_URL when set; otherwise the embedded server under .data/ (started if needed). */
export async function resolveDatabase(): Promise<RunningPostgres> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, started: false, stop: async () => {} };
  try {
    return await startEmbeddedPostgres();
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) throw error;
    // embedded-postgres rejects some failures with no reason at all; say what to do instead.
    const reason = error instanceof Error && error.message ? ` (${error.message.split("\n")[0]})` : "";
    throw new EmbeddedPostgresError(`The embedded PostgreSQL did not start${reason}: run with DEBUG_PG=1 to see its log, or set DATABASE_URL to a PostgreSQL server.`);
  }
}

export async function resolveDatabaseUrl(): Promise<string> {
  return (await resolveDatabase()).url;
}
