import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { unsubscribePath } from "@/lib/paths";
import { unsubscribeToken } from "@/lib/jobs/reminders";
import { localizedOutlines } from "@/lib/content/translations";
import { claimRequestReminder, releaseRequestReminder, requestReminderMail, selectRequestReminders } from "@/lib/requests/reminders";

/** Mails every request that became due or is a week overdue, for readers who turned these mails on. */
export async function sendRequestReminders(db: PrismaClient, today: string, now = new Date()) {
  const env = serverEnv();
  const result = { sent: 0, skipped: 0, failed: 0 };
  for (const reminder of await selectRequestReminders(db, today)) {
    if (!(await claimRequestReminder(db, reminder, now))) {
      result.skipped++;
      continue;
    }
    const token = unsubscribeToken(env.AUTH_SECRET, reminder.userId, now);
    // The confirmation page in the reader's language; mail clients POST one-click (RFC 8058).
    const unsubscribeUrl = `${env.SITE_URL}${unsubscribePath(token, "page", reminder.locale)}`;
    const oneClickUrl = `${env.SITE_URL}${unsubscribePath(token, "one-click")}`;
    const platform = localizedOutlines(reminder.locale).find((g) => g.slug === reminder.guide)?.platform ?? reminder.guide;
    const mail = requestReminderMail(env.SITE_URL, reminder, platform, unsubscribeUrl);
    try {
      await sendMail({
        to: reminder.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
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
