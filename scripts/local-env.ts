/** Environment for running Untrain locally with no setup: a database and a generated secret. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** AUTH_SECRET from the environment, or one generated once and kept in .data/auth-secret. */
export function localAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(33).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
