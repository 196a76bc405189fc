import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";
import { sendMail, escapeHtml } from "@/lib/mail/send";
import { unsubscribeToken } from "@/lib/jobs/reminders";
import { guideOutlines } from "@/lib/content/guides";
import { claimRequestReminder, releaseRequestReminder, requestReminderMail, selectRequestReminders } from "@/lib/requests/reminders";

/** Mails every request that became due or is a week overdue, for readers who turned these mails on. */
export async function sendRequestReminders(db: PrismaClient, today: string, now = new Date()) {
  const env = serverEnv();
  const platforms = new Map(guideOutlines().map((g) => [g.slug, g.platform]));
  const result = { sent: 0, skipped: 0, failed: 0 };
  for (const reminder of await selectRequestReminders(db, today)) {
    if (!(await claimRequestReminder(db, reminder, now))) {
      result.skipped++;
      continue;
    }
    const token = encodeURIComponent(unsubscribeToken(env.AUTH_SECRET, reminder.userId, now));
    const unsubscribeUrl = `${env.SITE_URL}/unsubscribe?token=${token}`;
    const oneClickUrl = `${env.SITE_URL}/api/unsubscribe?token=${token}`;
    const mail = requestReminderMail(env.SITE_URL, reminder, platforms.get(reminder.guide) ?? reminder.guide, unsubscribeUrl);
    try {
      await sendMail({
        to: reminder.email,
        subject: mail.subject,
        text: mail.text,
        html: `<p>${escapeHtml(mail.lead)}</p><p><a href="${escapeHtml(mail.checklistUrl)}">Open your checklist</a></p><p><a href="${escapeHtml(unsubscribeUrl)}">Stop reminder emails</a></p>`,
        url: unsubscribeUrl,
        headers: { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      });
      result.sent++;
    } catch (error) {
      await releaseRequestReminder(db, reminder);
      console.error(`request reminder ${reminder.id} failed: ${(error as Error).message}`);
      result.failed++;
    }
  }
  return result;
}
