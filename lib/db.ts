import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { untrainPrisma?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: serverEnv().DATABASE_URL }) });
}

/**
 * The one PrismaClient, created on first use (so `next build` needs no database) and kept on
 * globalThis so that dev hot reload does not open a new pool per edit.
 */
export function db(): PrismaClient {
  globalForPrisma.untrainPrisma ??= createClient();
  return globalForPrisma.untrainPrisma;
}
