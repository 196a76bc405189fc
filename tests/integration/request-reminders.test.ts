import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { testDb, makeUser } from "../support/database";
import { markSent } from "@/lib/requests/tracking";
import type { RequestStep } from "@/lib/requests/request-steps";

const mailDir = mkdtempSync(path.join(tmpdir(), "untrain-request-mail-"));
process.env.MAIL_DIR = mailDir;
process.env.SITE_URL = "https://untrain.test";
const db = testDb();
afterAll(() => db.$disconnect());

const steps = new Map<string, RequestStep>([["instagram/object-to-ai-use", { guide: "instagram", stepId: "object-to-ai-use", title: "Object", platform: "Instagram", company: "Meta", right: "object", channel: "form" }]]);
const mailsTo = (to: string) =>
  readdirSync(mailDir)
    .map((f) => JSON.parse(readFileSync(path.join(mailDir, f), "utf8")) as { to: string; subject: string; text: string })
    .filter((m) => m.to === to);

describe("request reminders", () => {
  it("mails once when due and once a week late, only to readers who chose it, and never twice", async () => {
    const { sendRequestReminders } = await import("@/lib/jobs/send-request-reminders");
    const keen = await makeUser(db, "keen");
    const quiet = await makeUser(db, "quiet");
    await db.user.update({ where: { id: keen.id }, data: { requestReminders: true } });
    for (const user of [keen, quiet]) await markSent(db, user.id, { guide: "instagram", stepId: "object-to-ai-use", sentOn: "2026-01-13", channel: "form", region: "EU" }, steps, "2026-01-13");

    await sendRequestReminders(db, "2026-02-12");
    expect(mailsTo(keen.email!)).toHaveLength(0); // due 13 February: not yet

    await sendRequestReminders(db, "2026-02-13");
    await sendRequestReminders(db, "2026-02-14");
    const due = mailsTo(keen.email!);
    expect(due).toHaveLength(1);
    expect(due[0]!.subject).toBe("An answer to your objection to processing to Instagram is due");
    expect(due[0]!.text).toContain("https://untrain.test/checklist#requests");

    await sendRequestReminders(db, "2026-02-20");
    await sendRequestReminders(db, "2026-02-21");
    const all = mailsTo(keen.email!);
    expect(all).toHaveLength(2);
    expect(all.some((m) => m.subject === "Your objection to processing to Instagram is a week overdue")).toBe(true);
    expect(mailsTo(quiet.email!)).toHaveLength(0);
  });
});
