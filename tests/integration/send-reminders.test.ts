import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { testDb, makeUser } from "../support/database";

const mailDir = mkdtempSync(path.join(tmpdir(), "untrain-mail-"));
process.env.MAIL_DIR = mailDir;
process.env.SITE_URL = "https://untrain.test";
const db = testDb();
afterAll(() => db.$disconnect());

describe("npm run reminders (sendDueReminders)", () => {
  it("mails a due user once, with a one-click unsubscribe link, and not again in the same period", async () => {
    const { sendDueReminders } = await import("@/lib/jobs/send-reminders");
    const user = await makeUser(db, "mailme");
    await db.user.update({ where: { id: user.id }, data: { reminderMonths: 3 } });
    await db.stepCompletion.create({ data: { userId: user.id, guide: "linkedin", stepId: "any", stepHash: "h", completedAt: new Date("2026-01-01T00:00:00Z") } });
    const now = new Date("2026-11-26T00:00:00Z");
    const first = await sendDueReminders(db, now);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const mails = readdirSync(mailDir).map((f) => JSON.parse(readFileSync(path.join(mailDir, f), "utf8")) as { to: string; url: string; text: string });
    const mine = mails.filter((m) => m.to === user.email);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.url).toMatch(/^https:\/\/untrain\.test\/unsubscribe\?token=/);
    expect(mine[0]!.text).toContain("LinkedIn");
    await sendDueReminders(db, new Date("2026-12-01T00:00:00Z"));
    const again = readdirSync(mailDir).map((f) => JSON.parse(readFileSync(path.join(mailDir, f), "utf8")) as { to: string }).filter((m) => m.to === user.email);
    expect(again).toHaveLength(1);
  });
});
