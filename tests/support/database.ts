/** Integration tests talk to the real PostgreSQL named by DATABASE_URL (a throwaway database made by scripts/test.ts). */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `npm test`, which makes a test database.");
  return url;
}

export function testDb(): PrismaClient {
  return createPrismaClient(databaseUrl());
}

/** A raw pg pool on the same database, for the hot paths that take lib/db/client.ts's `Sql` (end it in afterAll). */
export function testSql(): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl(), max: 4 });
}

/** A user with a unique address, so tests never collide with rows left by other runs. */
export async function makeUser(db: PrismaClient, label = "user") {
  return db.user.create({ data: { email: `${label}-${randomUUID()}@test.untrain.invalid` } });
}
