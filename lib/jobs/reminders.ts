/**
 * Re-check reminders: platforms reset settings and add AI features, so people who chose an interval
 * get one mail per period when any guide they ticked is older than it. lastRemindedAt makes sending
 * idempotent: a second run in the same period mails nobody twice.
 */
import { storedLocale } from "@/lib/account/locale";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addMonths, isDue } from "@/lib/progress/reminder-dates";

export type DueReminder = { userId: string; email: string; reminderMonths: number; dueGuides: string[]; previousRemindedAt: Date | null; locale: Locale };

export async function selectDueReminders(db: PrismaClient, now = new Date()): Promise<DueReminder[]> {
  const users = await db.user.findMany({
    where: { reminderMonths: { not: null }, email: { not: null }, stepCompletions: { some: {} } },
    select: { id: true, email: true, reminderMonths: true, lastRemindedAt: true, locale: true },
  });
  const candidates = users.filter((u) => !u.lastRemindedAt || addMonths(u.lastRemindedAt, u.reminderMonths!) <= now);
  if (!candidates.length) return [];
  const latest = await db.stepCompletion.groupBy({
    by: ["userId", "guide"],
    where: { userId: { in: candidates.map((u) => u.id) } },
    _max: { completedAt: true },
  });
  const due: DueReminder[] = [];
  for (const user of candidates) {
    const months = user.reminderMonths!;
    const dueGuides = latest
      .filter((g) => g.userId === user.id && g._max.completedAt && isDue(g._max.completedAt, months, now))
      .map((g) => g.guide)
      .sort();
    if (dueGuides.length) due.push({ userId: user.id, email: user.email!, reminderMonths: months, dueGuides, previousRemindedAt: user.lastRemindedAt, locale: storedLocale(user.locale) ?? DEFAULT_LOCALE });
  }
  return due;
}

/** Claims the reminder for this period; false when another run already sent it (safe under concurrency). */
export async function claimReminder(db: PrismaClient, reminder: DueReminder, now = new Date()): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: reminder.userId, OR: [{ lastRemindedAt: null }, { lastRemindedAt: { lte: addMonths(now, -reminder.reminderMonths) } }] },
    data: { lastRemindedAt: now },
  });
  return count === 1;
}

export const UNSUBSCRIBE_TOKEN_DAYS = 90;
const TOKEN_PATTERN = /^([a-z0-9]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function signature(secret: string, userId: string, expires: number): string {
  return createHmac("sha256", secret).update(`unsubscribe:${userId}:${expires}`).digest("base64url");
}

/**
 * A token that lets the link in a mail switch reminders off without signing in: the user id, an
 * expiry (seconds since the epoch) and an HMAC of both. It expires so an old mail is not a
 * permanent key, and it must match exactly (no extra characters).
 */
export function unsubscribeToken(secret: string, userId: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 86_400;
  return `${userId}.${expires}.${signature(secret, userId, expires)}`;
}

export function verifyUnsubscribeToken(secret: string, token: string, now = new Date()): string | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const [, userId, expiresText, sig] = match as unknown as [string, string, string, string];
  const expires = Number(expiresText);
  if (expires * 1000 < now.getTime()) return null;
  const expected = Buffer.from(signature(secret, userId, expires));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
}

export async function unsubscribe(db: PrismaClient, secret: string, token: string, now = new Date()): Promise<boolean> {
  const userId = verifyUnsubscribeToken(secret, token, now);
  if (!userId) return false;
  // Every reminder mail carries this link: it stops re-check and request reminders alike.
  await db.user.updateMany({ where: { id: userId }, data: { reminderMonths: null, requestReminders: false } });
  return true;
}
