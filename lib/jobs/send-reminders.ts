import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { reminderMail } from "@/lib/mail/templates";
import { CHECKLIST_PATH, localePath, unsubscribePath } from "@/lib/paths";
import { claimReminder, selectDueReminders, unsubscribeToken } from "@/lib/jobs/reminders";
import { localizedOutlines } from "@/lib/content/translations";

/** Sends every due reminder; a reminder is claimed before sending so two runs never mail twice. */
export async function sendDueReminders(db: PrismaClient, now = new Date()) {
  const env = serverEnv();
  const result = { sent: 0, skipped: 0, failed: 0 };
  for (const reminder of await selectDueReminders(db, now)) {
    if (!(await claimReminder(db, reminder, now))) {
      result.skipped++;
      continue;
    }
    const token = unsubscribeToken(env.AUTH_SECRET, reminder.userId, now);
    // People get a confirmation page (mail scanners follow links); mail clients POST one-click (RFC 8058).
    // In the reader's language (User.locale, chosen with the header's switch), addresses included; still on SITE_URL.
    const locale = reminder.locale;
    const platforms = new Map(localizedOutlines(locale).map((g) => [g.slug, g.platform]));
    const unsubscribeUrl = `${env.SITE_URL}${unsubscribePath(token, "page", locale)}`;
    const oneClickUrl = `${env.SITE_URL}${unsubscribePath(token, "one-click")}`;
    const names = reminder.dueGuides.map((slug) => platforms.get(slug) ?? slug);
    const mail = reminderMail({ months: reminder.reminderMonths, platforms: names, checklistUrl: `${env.SITE_URL}${localePath(locale, CHECKLIST_PATH)}`, unsubscribeUrl, locale });
    try {
      await sendMail({
        to: reminder.email,
        ...mail,
        url: unsubscribeUrl,
        headers: { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      });
      result.sent++;
    } catch (error) {
      // Give the period back so the next run tries again.
      await db.user.update({ where: { id: reminder.userId }, data: { lastRemindedAt: reminder.previousRemindedAt } });
      console.error(`reminder to user ${reminder.userId} failed: ${(error as Error).message}`);
      result.failed++;
    }
  }
  return result;
}
