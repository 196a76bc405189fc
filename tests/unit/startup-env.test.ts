/**
 * Item 8: a production server with an invalid environment (here: no EMAIL_SERVER, no MAIL_TO_FILES)
 * must exit with the reason, not stay up answering 500. The full `next start` check is in the report
 * of this change (it needs a production build); here: the function register() calls, and register()
 * itself in a real process that, like Next.js, catches what the hook throws and carries on.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { refuseInvalidEnvironment } from "@/instrumentation";
import { EnvError, parseServerEnv } from "@/lib/env";

const root = path.resolve(import.meta.dirname, "../..");
const base = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test", AUTH_SECRET: "x".repeat(44), SITE_URL: "https://untrain.example" };
const noMail = () => parseServerEnv({ ...base, NODE_ENV: "production" });

describe("refuseInvalidEnvironment (called by instrumentation register)", () => {
  it("in production, prints the reason without a stack trace and exits 1", async () => {
    const exit = vi.fn();
    const log = vi.fn();
    await refuseInvalidEnvironment(noMail, { nodeEnv: "production", exit, log });
    expect(exit).toHaveBeenCalledWith(1);
    expect(log).toHaveBeenCalledTimes(1);
    const message = String(log.mock.calls[0]![0]);
    expect(message).toMatch(/EMAIL_SERVER is required in production/);
    expect(message).not.toMatch(/^\s+at /m);
  });

  it("does nothing when the environment is valid", async () => {
    const exit = vi.fn();
    const log = vi.fn();
    await refuseInvalidEnvironment(() => parseServerEnv({ ...base, NODE_ENV: "production", MAIL_TO_FILES: "1" }), { nodeEnv: "production", exit, log });
    await refuseInvalidEnvironment(() => parseServerEnv({ ...base, NODE_ENV: "production", EMAIL_SERVER: "smtp://mail.example:587" }), { nodeEnv: "production", exit, log });
    expect(exit).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it("outside production, throws as before (next dev shows it in its overlay) and never exits", async () => {
    const exit = vi.fn();
    const invalid = () => parseServerEnv({ NODE_ENV: "development" });
    await expect(refuseInvalidEnvironment(invalid, { nodeEnv: "development", exit })).rejects.toBeInstanceOf(EnvError);
    expect(exit).not.toHaveBeenCalled();
  });

  it("rethrows errors that are not about the environment", async () => {
    const exit = vi.fn();
    const broken = () => {
      throw new TypeError("bug");
    };
    await expect(refuseInvalidEnvironment(broken, { nodeEnv: "production", exit })).rejects.toThrow("bug");
    expect(exit).not.toHaveBeenCalled();
  });
});

describe("register() in a real Node.js process", () => {
  // Like Next.js 16: an error thrown by register() is logged and the server keeps serving.
  const hostLikeNext = `(async () => {
    const { register } = await import(${JSON.stringify(path.join(root, "instrumentation.ts"))});
    try { await register(); } catch { console.log("kept serving"); process.exit(0); }
    console.log("started");
  })();`;

  function run(extra: Record<string, string>) {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...base, NODE_ENV: "production", NEXT_RUNTIME: "nodejs", ...extra };
    return spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--eval", hostLikeNext], { cwd: root, env, encoding: "utf8", timeout: 30_000 });
  }

  it("exits 1 with the reason when EMAIL_SERVER and MAIL_TO_FILES are both missing", () => {
    const result = run({});
    expect(result.stdout).not.toMatch(/kept serving|started/);
    expect(result.stderr).toMatch(/Untrain cannot start.*\n.*EMAIL_SERVER is required in production/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.status).toBe(1);
  });

  it("starts when mail goes to files on purpose", () => {
    const result = run({ MAIL_TO_FILES: "1" });
    expect(result.stdout).toMatch(/started/);
    expect(result.status).toBe(0);
  });
}, 60_000);
