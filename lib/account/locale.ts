/**
 * The reader's language on the account (User.locale): set by the header's language switch when signed
 * in, or at the first sign-in from the language of the page it was confirmed on (when the account has
 * none yet), and read by every mail sent to them (sign-in links, reminders, the editor digest).
 */
import { z } from "zod";
import { parseInput } from "@/lib/http/validation";
import { LOCALES, isLocale, type Locale } from "@/lib/i18n/locales";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const localeSchema = z.object({ locale: z.enum(LOCALES) }).strict();

export async function saveLocale(db: PrismaClient, userId: string, input: unknown): Promise<Locale> {
  const { locale } = parseInput(localeSchema, input);
  await db.user.update({ where: { id: userId }, data: { locale } });
  return locale;
}

/** At sign-in: the page's language becomes the account's, only if the account has none yet (an explicit choice wins). */
export async function saveFirstLocale(db: PrismaClient, userId: string, value: unknown): Promise<void> {
  if (!isLocale(value)) return;
  await db.user.updateMany({ where: { id: userId, locale: null }, data: { locale: value } });
}

/** A stored value as a language (a row written before a language was dropped reads as unknown). */
export function storedLocale(value: string | null | undefined): Locale | undefined {
  return isLocale(value) ? value : undefined;
}
