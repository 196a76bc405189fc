/**
 * "This step is out of date" reports. No account needed, so abuse is limited per client: the client
 * address is only kept as a keyed hash, and the limit is counted in PostgreSQL so it holds across
 * server replicas.
 */
import { createHmac } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Manifest } from "@/lib/progress";
import { SLUG_PATTERN } from "@/lib/content/constants";
import { UserFacingError } from "@/lib/errors";

export const REPORT_MAX_LENGTH = 1000;
export const REPORT_LIMIT = { count: 5, windowMinutes: 10 };

export const reportInputSchema = z.object({
  guide: z.string().max(80).regex(SLUG_PATTERN, "unknown guide"),
  stepId: z.string().max(80).regex(SLUG_PATTERN, "unknown step"),
  message: z
    .string({ error: "Say what is out of date." })
    .transform((m) => m.trim())
    .pipe(
      z
        .string()
        .min(5, "Say in a few words what is out of date (at least 5 characters).")
        .max(REPORT_MAX_LENGTH, `Keep the report under ${REPORT_MAX_LENGTH} characters.`),
    ),
});

export function clientKey(secret: string, address: string): string {
  return createHmac("sha256", secret).update(`report:${address}`).digest("hex").slice(0, 32);
}

export async function submitReport(db: PrismaClient, input: unknown, key: string, manifest: Manifest, now = new Date()) {
  const parsed = reportInputSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(422, parsed.error.issues[0]?.message ?? "The report is not valid.");
  const { guide, stepId, message } = parsed.data;
  if (!manifest.get(guide)?.some((s) => s.id === stepId)) throw new UserFacingError(422, "That step does not exist in this guide.");
  const since = new Date(now.getTime() - REPORT_LIMIT.windowMinutes * 60_000);
  const recent = await db.stepReport.count({ where: { clientKey: key, createdAt: { gte: since } } });
  if (recent >= REPORT_LIMIT.count) {
    throw new UserFacingError(429, `Thank you, you have sent ${REPORT_LIMIT.count} reports in the last ${REPORT_LIMIT.windowMinutes} minutes. Please try again later.`);
  }
  return db.stepReport.create({ data: { guide, stepId, message, clientKey: key, createdAt: now }, select: { id: true, createdAt: true } });
}
