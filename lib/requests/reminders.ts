/**
 * Request reminders (off unless the reader turns them on): one mail when a tracked request becomes due,
 * one when it is a week overdue. Each is claimed before sending (remindedDueAt / remindedLateAt), so two
 * runs never mail twice, and given back when sending fails.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays } from "./deadlines";
import { formatDate } from "@/lib/format";
import { CHECKLIST_PATH } from "@/lib/paths";
import { RIGHT_LABELS, type RequestRight } from "./vocabulary";

export const LATE_REMINDER_DAYS = 7;

export type RequestReminder = { id: string; userId: string; email: string; guide: string; stepId: string; right: RequestRight; dueOn: string; kind: "due" | "late" };

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
    select: { id: true, userId: true, guide: true, stepId: true, right: true, dueOn: true, remindedDueAt: true, user: { select: { email: true } } },
    orderBy: { dueOn: "asc" },
  });
  return rows.map((r) => {
    const dueOn = day(r.dueOn!);
    // A request found a week late that was never reminded gets the late mail only.
    const kind = dueOn <= addDays(today, -LATE_REMINDER_DAYS) ? "late" : "due";
    return { id: r.id, userId: r.userId, email: r.user.email!, guide: r.guide, stepId: r.stepId, right: r.right as RequestRight, dueOn, kind };
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
  const what = `${RIGHT_LABELS[reminder.right].toLowerCase()} to ${platform}`;
  const checklistUrl = `${siteUrl}${CHECKLIST_PATH}#requests`;
  const subject = reminder.kind === "due" ? `An answer to your ${what} is due` : `Your ${what} is a week overdue`;
  const lead =
    reminder.kind === "due"
      ? `The answer to your ${what} was due by ${formatDate(reminder.dueOn)}. If it has come, mark it answered in your checklist.`
      : `The answer to your ${what} was due by ${formatDate(reminder.dueOn)} and is now more than a week late. Your checklist has a follow-up letter and, where it applies, a complaint to the data protection authority.`;
  return {
    subject,
    text: `${lead}\n\nYour checklist: ${checklistUrl}\n\nStop reminder emails (one click, no sign-in): ${unsubscribeUrl}\n`,
    checklistUrl,
    lead,
  };
}
