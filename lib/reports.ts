/**
 * "This step is out of date" reports. No account needed, so abuse is limited per client through the
 * shared PostgreSQL rate limiter (lib/rate-limit.ts); the report row itself keeps nothing about who
 * sent it.
 */
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findStep, type Manifest } from "@/lib/content/guides";
import { UserFacingError } from "@/lib/errors";
import { parseInput, plainText, slug } from "@/lib/validation";
import type { RateLimitResult } from "@/lib/rate-limit";

export const REPORT_MAX_LENGTH = 1000;

export const reportInputSchema = z.object({
  guide: slug,
  stepId: slug,
  message: plainText(5, REPORT_MAX_LENGTH, {
    missing: "Say what is out of date.",
    short: "Say in a few words what is out of date (at least 5 characters).",
    long: `Keep the report under ${REPORT_MAX_LENGTH} characters.`,
  }),
});

/**
 * Files a report after `spendLimit` allowed it. The limit is spent only for valid reports, so a
 * mistyped form does not use up a person's allowance.
 */
export async function submitReport(db: PrismaClient, input: unknown, manifest: Manifest, spendLimit: () => Promise<RateLimitResult>, now = new Date()) {
  const { guide, stepId, message } = parseInput(reportInputSchema, input);
  findStep(manifest, guide, stepId);
  const limit = await spendLimit();
  if (!limit.allowed) {
    throw new UserFacingError(429, "Thank you, you have sent several reports in the last few minutes. Please try again later.");
  }
  return db.stepReport.create({ data: { guide, stepId, message, createdAt: now }, select: { id: true, createdAt: true } });
}
