/**
 * The reader's language on the account (User.locale): set by the header's language switch when signed
 * in, read by every mail sent to them (sign-in links, reminders, the editor digest).
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

/** A stored value as a language (a row written before a language was dropped reads as unknown). */
export function storedLocale(value: string | null | undefined): Locale | undefined {
  return isLocale(value) ? value : undefined;
}
