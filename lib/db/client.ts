import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";

/**
 * The one way to make a Prisma client for a URL (app, scripts and tests share it). The pool is sized
 * for one app server (PostgreSQL's default limit of 100 connections leaves room for several), and a
 * request waits up to 10 s for a free connection before it is answered 503 (busy) rather than queued
 * forever.
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 20, connectionTimeoutMillis: 10_000 }) });
}

const globalForDb = globalThis as unknown as { untrainPrisma?: PrismaClient; untrainPool?: pg.Pool };

/**
 * The one PrismaClient, created on first use (so `next build` needs no database) and kept on
 * globalThis so that dev hot reload does not open a new pool per edit.
 */
export function db(): PrismaClient {
  globalForDb.untrainPrisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForDb.untrainPrisma;
}

/**
 * What the hot paths need from raw `pg`: one parameterized statement. A pg.Pool is one; tests pass a
 * wrapper that counts statements.
 */
export type Sql = { query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> };

/**
 * A raw `pg` pool for the few hot statements: the rate limiter's atomic upsert, and the tick's
 * session lookup and write (lib/auth/session.ts userIdForToken, lib/progress/server.ts setStep), where Prisma's
 * query engine cost about 0.3 ms of server CPU per tick, a quarter of it (`npm run bench`). Prisma's
 * pool does the rest of the work; together they hold at most 30 connections per app server.
 * `timestamp without time zone` columns (Prisma's UTC times) are read `AT TIME ZONE 'UTC'` here,
 * because pg would read them in the server process's local time zone.
 */
export function sqlPool(): pg.Pool {
  if (!globalForDb.untrainPool) {
    const pool = new pg.Pool({ connectionString: serverEnv().DATABASE_URL, max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    // An idle client that loses its server (PostgreSQL restarted) must not crash the process.
    pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
    globalForDb.untrainPool = pool;
  }
  return globalForDb.untrainPool;
}
