import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Marker package for Next.js server components; meaningless under Node.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // Several unit tests parse every real guide; on a busy shared machine that can take longer than vitest's 5 s default.
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000 } },
      {
        resolve: { alias },
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], environment: "node", fileParallelism: false, testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          // A whole journey (sign-in by mail, several pages) on a shared machine under load took 69 s once: a deadline, never a speed check.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // expect.poll waits for a condition; its default second is a timing assumption a busy CI
          // machine breaks (issue 15 item 10). The test's own timeout still bounds every wait.
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        resolve: { alias },
        test: {
          // Through nginx and two app processes (issue 20): each file starts its own edge, so files run one at a time.
          name: "edge",
          include: ["tests/edge/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 240_000,
          expect: { poll: { timeout: 60_000 } },
        },
      },
    ],
  },
});
