import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const LINK = "https://untrain.test/api/auth/callback/nodemailer?token=secret-token-123&email=a%40b.org";

async function sendWith(nodeEnv: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "untrain-mail-"));
  vi.resetModules();
  vi.stubEnv("NODE_ENV", nodeEnv);
  vi.stubEnv("DATABASE_URL", "postgresql://localhost/none");
  vi.stubEnv("AUTH_SECRET", "x".repeat(40));
  vi.stubEnv("SITE_URL", "https://untrain.test");
  vi.stubEnv("MAIL_TO_FILES", "1");
  vi.stubEnv("MAIL_DIR", dir);
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const { sendMail } = await import("@/lib/mail/send");
  await sendMail({ to: "a@b.org", subject: "Sign in to Untrain", text: LINK, html: LINK, url: LINK });
  const printed = log.mock.calls.flat().join("\n");
  log.mockRestore();
  const files = readdirSync(dir);
  return { printed, file: JSON.parse(readFileSync(path.join(dir, files[0]!), "utf8")) as { url: string } };
}

afterEach(() => vi.unstubAllEnvs());

describe("mail to files", () => {
  it("never prints a sign-in link to a production log, but still writes the file", async () => {
    const { printed, file } = await sendWith("production");
    expect(printed).not.toContain("secret-token-123");
    expect(file.url).toBe(LINK);
  });

  it("prints the link in development, where a person reads the log", async () => {
    const { printed } = await sendWith("development");
    expect(printed).toContain("secret-token-123");
  });
});
