/** The guide format of CONTENT.md, as zod schemas: one source of truth for the build and the tests. */
import { z } from "zod";

import { CATEGORIES, DEFAULT_REVIEW_EVERY_DAYS, EFFECTS, MAX_REVIEW_EVERY_DAYS, REGION_CODES, SLUG_PATTERN, SOURCE_KINDS } from "./constants";
import { deniedSource } from "./deny-list";
import { REQUEST_CHANNELS, REQUEST_RIGHTS } from "@/lib/requests/vocabulary";

export * from "./constants";

const isoDate = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "is not a real date");
const httpsUrl = z.url({ error: "must be a URL" }).refine((u) => u.startsWith("https://"), "must be an https:// URL");
const slug = z.string().regex(SLUG_PATTERN, "must be a kebab-case slug");

/** One entry of a guide's (or the start page's) `sources:` list. Steps cite it by `id`. */
export const sourceSchema = z
  .strictObject({
    id: z.string({ error: "must be a short kebab-case id, e.g. meta-genai" }).regex(SLUG_PATTERN, "must be a short kebab-case id, e.g. meta-genai"),
    title: z.string().min(3),
    url: httpsUrl.superRefine((url, ctx) => {
      const denied = deniedSource(url);
      if (denied) ctx.addIssue({ code: "custom", message: `${denied.host} is on the deny-list and is never a source (${denied.reason})` });
    }),
    kind: z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(", ")}` }),
    publisher: z.string().min(2, "must name the outlet or site").optional(),
  })
  .superRefine((source, ctx) => {
    if (source.kind !== "official" && !source.publisher) {
      ctx.addIssue({ code: "custom", path: ["publisher"], message: `is required for ${source.kind} sources: name the outlet or site (e.g. PCMag, "Reddit user post")` });
    }
  });
export type GuideSource = z.infer<typeof sourceSchema>;

const sourceList = z
  .array(sourceSchema)
  .min(1, "must list at least one source")
  .superRefine((sources, ctx) => {
    const seen = new Set<string>();
    sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate source id "${s.id}"` });
      seen.add(s.id);
    });
  });

/** The most words a quote may have: enough to state a setting, never a page's paragraphs. */
export const MAX_QUOTE_WORDS = 40;

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * One `quotes:` entry: the platform's own words behind one step, copied verbatim from one official source
 * (docs/content-format.md). The parser checks that the step and the source exist, that the source is
 * official and that the step cites it.
 */
export const quoteSchema = z.strictObject({
  step: slug,
  source: z.string().regex(SLUG_PATTERN, "must be the id of one of the guide's official sources"),
  read: isoDate,
  text: z
    .string({ error: "must be the page's own words, copied verbatim" })
    .trim()
    .min(12, "is too short to state a step")
    .refine((t) => wordCount(t) <= MAX_QUOTE_WORDS, `must be at most ${MAX_QUOTE_WORDS} words: quote the sentence that states the step, not the page`)
    .refine((t) => !/\[\s*(?:\.\.\.|…)\s*\]/.test(t), "must be one contiguous run of the page's words, without [...] cuts"),
  /** The quote's language when it comes from a localized edition of the page. */
  lang: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, "must be a language code such as de or pt-BR").optional(),
  /** Present when the page backs only part of the step: says which part rests on whom. */
  partly: z.string().trim().min(12, "must say which part of the step rests on which source").optional(),
});

export const frontmatterSchema = z.strictObject({
  title: z.string().min(10, "must be at least 10 characters").max(120),
  platform: z.string().min(1),
  company: z.string().min(1),
  category: z.enum(CATEGORIES, { error: `must be one of: ${CATEGORIES.join(", ")}` }),
  summary: z.string().min(20, "must be at least 20 characters").max(320),
  difficulty: z.enum(["easy", "medium", "hard"], { error: "must be easy, medium or hard" }),
  minutes: z.number({ error: "must be a whole number of minutes" }).int().min(1).max(240),
  lastReviewed: isoDate,
  /** Days after lastReviewed when the guide is due for a re-check (lib/content/review.ts). */
  reviewEvery: z
    .number({ error: "must be a whole number of days" })
    .int("must be a whole number of days")
    .positive("must be at least 1 day")
    .max(MAX_REVIEW_EVERY_DAYS, `must be at most ${MAX_REVIEW_EVERY_DAYS} days (two years)`)
    .default(DEFAULT_REVIEW_EVERY_DAYS),
  regions: z
    .array(z.enum(["all", ...REGION_CODES], { error: `must be "all" or region codes (${REGION_CODES.join(", ")})` }))
    .min(1, "must list at least one region, or [all]"),
  sources: sourceList,
  /** The platform's own words behind the steps they confirm (docs/content-format.md). */
  quotes: z.array(quoteSchema).default([]),
  related: z.array(slug).default([]),
  changes: z.array(z.strictObject({ date: isoDate, summary: z.string().min(3) })).min(1, "must have at least one entry"),
});
export type GuideFrontmatter = z.infer<typeof frontmatterSchema>;

const regionList = z
  .string()
  .transform((s) => s.split(",").map((r) => r.trim()))
  .pipe(z.array(z.enum(REGION_CODES, { error: `must be a comma list of ${REGION_CODES.join(", ")}` })).min(1));

const requestContact = z
  .string()
  .refine((c) => /^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(c) || /^https:\/\/\S+$/.test(c), 'must be "mailto:address" or an https:// URL');

export const stepAttributesSchema = z.strictObject({
  id: slug,
  title: z.string().min(3).max(140),
  effect: z.enum(EFFECTS, { error: `must be one of: ${EFFECTS.join(", ")}` }),
  href: httpsUrl.optional(),
  region: regionList.optional(),
  plans: z.string().min(3).optional(),
  /** A request the company must answer (lib/requests): which right it uses, how the company takes it, where to send it. */
  right: z.enum(REQUEST_RIGHTS, { error: `must be one of: ${REQUEST_RIGHTS.join(", ")}` }).optional(),
  channel: z.enum(REQUEST_CHANNELS, { error: `must be one of: ${REQUEST_CHANNELS.join(", ")}` }).optional(),
  contact: requestContact.optional(),
  /** Comma list of the ids of the guide's sources that back this step. */
  sources: z
    .string({ error: 'must name the ids of the guide\'s sources that back this step, e.g. sources="meta-genai,pcmag-ig"' })
    .transform((s) => s.split(",").map((id) => id.trim()))
    .pipe(z.array(z.string().regex(SLUG_PATTERN, "must be a comma list of source ids from the frontmatter")).min(1))
    .superRefine((ids, ctx) => {
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) ctx.addIssue({ code: "custom", message: `names source "${dup}" twice` });
    }),
});
export type StepAttributes = z.infer<typeof stepAttributesSchema>;

export const startFrontmatterSchema = z.strictObject({
  title: z.string().min(10),
  summary: z.string().min(20),
  lastReviewed: isoDate,
  sources: sourceList,
});
export type StartFrontmatter = z.infer<typeof startFrontmatterSchema>;


/**
 * A menu label in a translated guide: the label as the app shows it in that language, with the platform's
 * own page in that language where it appears, or `kept: true` when no such page could be found (the step
 * keeps the English label and says so). Never a label we translated ourselves.
 */
const translatedLabelSchema = z.union([
  z.strictObject({ en: z.string().min(1), text: z.string().min(1), source: httpsUrl }),
  z.strictObject({ en: z.string().min(1), kept: z.literal(true) }),
]);
export type TranslatedLabel = z.infer<typeof translatedLabelSchema>;

/**
 * The frontmatter of content/translations/<locale>/<slug>.mdx: only what is said in words. Sources, quotes,
 * regions, effects and the rest are the English guide's, so a translation cannot drift from them.
 */
export const translationFrontmatterSchema = z.strictObject({
  title: z.string().min(10),
  summary: z.string().min(20),
  /** The English text this translation was made from (englishTextHash); a different hash today means it is stale. */
  translatedFrom: z.string().regex(/^[0-9a-f]{12}$/, "must be the 12-character hash of the English text (`npm run content:report -- --hashes`)"),
  translatedOn: isoDate,
  labels: z.array(translatedLabelSchema).default([]),
});
export type TranslationFrontmatter = z.infer<typeof translationFrontmatterSchema>;
