import { defineConfig } from "prisma/config";

// The URL is only needed by Prisma CLI commands that talk to the database; migrations here go
// through scripts/migrate.ts (WebAssembly engine), so a placeholder keeps `prisma generate` offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/untrain" },
});
