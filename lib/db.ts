import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { untrainPrisma?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: serverEnv().DATABASE_URL }) });
}

/** The one PrismaClient. Kept on globalThis outside production so hot reload does not open a pool per edit. */
export function db(): PrismaClient {
  if (globalForPrisma.untrainPrisma) return globalForPrisma.untrainPrisma;
  const client = createClient();
  if (serverEnv().NODE_ENV !== "production") globalForPrisma.untrainPrisma = client;
  else globalForPrisma.untrainPrisma = client;
  return client;
}
