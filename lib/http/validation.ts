/** Input rules shared by every entry point: ids, free text, and zod's first message as a 422. */
import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/content/constants";
import { UserFacingError } from "@/lib/http/errors";

export const slug = z.string().max(80).regex(SLUG_PATTERN, "must be a kebab-case id");

/**
 * Free text a person typed: trimmed, and without control characters other than tab and newline
 * (PostgreSQL cannot store NUL in text, and nobody types the others on purpose).
 */
export function plainText(min: number, max: number, messages: { missing: string; short: string; long: string }) {
  return z
    .string({ error: messages.missing })
    .transform((m) => m.trim())
    .pipe(
      z
        .string()
        .min(min, messages.short)
        .max(max, messages.long)
        .refine((m) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(m), "Remove the invisible control characters from the text."),
    );
}

/** zod's first message, in words, for a 422. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new UserFacingError(422, `${where}${issue.message}`);
  }
  return result.data;
}
