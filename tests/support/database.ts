/** Integration tests talk to the real PostgreSQL named by DATABASE_URL (a throwaway database made by scripts/test.ts). */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db";

export function testDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `npm test`, which makes a test database.");
  return createPrismaClient(url);
}

/** A user with a unique address, so tests never collide with rows left by other runs. */
export async function makeUser(db: PrismaClient, label = "user") {
  return db.user.create({ data: { email: `${label}-${randomUUID()}@test.untrain.invalid` } });
}
