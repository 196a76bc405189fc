/** Finds Debian's Chromium for the e2e tests, installing it as root when it is missing. */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];

export function findChromium(): string | undefined {
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    const result = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status === 0 && findChromium()) return findChromium()!;
  }
  throw new Error(
    "The end-to-end tests need Chromium at /usr/bin/chromium. Install Debian's package with `sudo apt-get install -y chromium` " +
      "(or set CHROMIUM_PATH to a Chromium binary). Browser downloads such as `npx playwright install` are not used.",
  );
}
