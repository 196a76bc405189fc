/**
 * Request reminders (off unless the reader turns them on): one mail when a tracked request becomes due,
 * one when it is a week overdue. Each is claimed before sending (remindedDueAt / remindedLateAt), so two
 * runs never mail twice, and given back when sending fails.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays } from "./deadlines";
import { CHECKLIST_PATH, localePath } from "@/lib/paths";
import { escapeHtml } from "@/lib/mail/send";
import { translator } from "@/lib/i18n/translator";
import { formatDay } from "@/lib/i18n/dates";
import { storedLocale } from "@/lib/account/locale";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { RequestRight } from "./vocabulary";

export const LATE_REMINDER_DAYS = 7;

export type RequestReminder = { id: string; userId: string; email: string; guide: string; stepId: string; right: RequestRight; dueOn: string; kind: "due" | "late"; locale: Locale };

const asDate = (d: string) => new Date(`${d}T00:00:00Z`);
const day = (d: Date) => d.toISOString().slice(0, 10);

export async function selectRequestReminders(db: PrismaClient, today: string): Promise<RequestReminder[]> {
  const rows = await db.trackedRequest.findMany({
    where: {
      state: "sent",
      dueOn: { not: null, lte: asDate(today) },
      OR: [{ remindedDueAt: null }, { remindedLateAt: null, dueOn: { lte: asDate(addDays(today, -LATE_REMINDER_DAYS)) } }],
      user: { requestReminders: true, email: { not: null } },
    },
    select: { id: true, userId: true, guide: true, stepId: true, right: true, dueOn: true, remindedDueAt: true, user: { select: { email: true, locale: true } } },
    orderBy: { dueOn: "asc" },
  });
  return rows.map((r) => {
    const dueOn = day(r.dueOn!);
    // A request found a week late that was never reminded gets the late mail only.
    const kind = dueOn <= addDays(today, -LATE_REMINDER_DAYS) ? "late" : "due";
    return { id: r.id, userId: r.userId, email: r.user.email!, guide: r.guide, stepId: r.stepId, right: r.right as RequestRight, dueOn, kind, locale: storedLocale(r.user.locale) ?? DEFAULT_LOCALE };
  });
}

/** Claims one reminder; false when another run already sent it. */
export async function claimRequestReminder(db: PrismaClient, reminder: RequestReminder, now: Date): Promise<boolean> {
  const field = reminder.kind === "due" ? "remindedDueAt" : "remindedLateAt";
  const { count } = await db.trackedRequest.updateMany({
    where: { id: reminder.id, state: "sent", [field]: null },
    data: reminder.kind === "late" ? { remindedLateAt: now, remindedDueAt: now } : { remindedDueAt: now },
  });
  return count === 1;
}

export async function releaseRequestReminder(db: PrismaClient, reminder: RequestReminder): Promise<void> {
  await db.trackedRequest.updateMany({ where: { id: reminder.id }, data: reminder.kind === "due" ? { remindedDueAt: null } : { remindedLateAt: null } });
}

export function requestReminderMail(siteUrl: string, reminder: RequestReminder, platform: string, unsubscribeUrl: string) {
  const t = translator(reminder.locale, "mail.requestReminder");
  const format = translator(reminder.locale, "mail.reminder");
  const what = t(`right.${reminder.right}`);
  const checklistUrl = `${siteUrl}${localePath(reminder.locale, CHECKLIST_PATH)}#requests`;
  const date = formatDay(reminder.dueOn, reminder.locale);
  const subject = reminder.kind === "due" ? t("subjectDue", { what, platform }) : t("subjectLate", { what, platform });
  const lead = reminder.kind === "due" ? t("leadDue", { what, platform, date }) : t("leadLate", { what, platform, date });
  return {
    subject,
    text: `${lead}\n\n${t("checklist", { url: checklistUrl })}\n\n${t("stop", { url: unsubscribeUrl })}\n`,
    html: `<p>${escapeHtml(lead)}</p><p><a href="${escapeHtml(checklistUrl)}">${escapeHtml(format("open"))}</a></p><p><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(format("stopLink"))}</a></p>`,
  };
}
