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
 * A small raw `pg` pool for the few hot statements that must be exactly one round trip (the rate
 * limiter's atomic upsert). Kept small: Prisma's pool does the rest of the work.
 */
export function sqlPool(): pg.Pool {
  if (!globalForDb.untrainPool) {
    const pool = new pg.Pool({ connectionString: serverEnv().DATABASE_URL, max: 4, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    // An idle client that loses its server (PostgreSQL restarted) must not crash the process.
    pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
    globalForDb.untrainPool = pool;
  }
  return globalForDb.untrainPool;
}
