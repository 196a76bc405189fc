/**
 * Guides and the Start here text in every language. A translation is its own MDX file,
 * content/translations/<locale>/<slug>.mdx, holding only words: its title, summary and body are read
 * against the English guide's frontmatter (sources, quotes, regions), and each step must carry the
 * English step's id and every attribute but its title, in the same order, so ticks, plans and requests
 * are one and the same across languages. A translation records the English text it was made from; when
 * the English guide changes later the translation is stale and says so instead of quietly lagging.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { allGuides, outlineOf, planGuideOf, type GuideOutline } from "./guides";
import { readCatalogueTranslations } from "./catalogue-file";
import type { PlanGuide } from "@/lib/plan/rules";
import { ContentError, parseGuideBody, splitFrontmatter, type Guide, type GuideStep, type ParseOptions } from "./parse";
import { translationFrontmatterSchema, type TranslatedLabel, type TranslationFrontmatter } from "./schema";
import { startGuide, type StartGuide } from "./start";
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from "@/lib/i18n/locales";

export const TRANSLATIONS_DIR = path.join(process.cwd(), "content/translations");

export type TranslationInfo = {
  locale: TranslatedLocale;
  translatedOn: string;
  /** When the English text last changed (its newest `changes` entry; for Start here, its review date). */
  englishChangedOn: string;
  /** The English text is no longer the one this translation was made from. */
  stale: boolean;
  labels: TranslatedLabel[];
};

/**
 * A guide as a reader of `locale` gets it: translated words over the English guide's data.
 * `contentLocale` is the language the words are in: English when no translation exists yet, so the page
 * can mark that text lang="en" instead of presenting it as a translation.
 */
export type LocalizedGuide = Guide & { contentLocale: Locale; translation: TranslationInfo | null };
export type LocalizedStart = StartGuide & { contentLocale: Locale; translation: TranslationInfo | null };

/** What a translation's `translatedFrom` must equal while it is current: the English words, not its data. */
export function englishTextHash(title: string, summary: string, body: string): string {
  return createHash("sha256").update(JSON.stringify([title, summary, body.trim()])).digest("hex").slice(0, 12);
}

function englishGuideHash(guide: Guide): string {
  const { body } = splitFrontmatter(guide.file, readFileSync(path.join(process.cwd(), guide.file), "utf8"));
  return englishTextHash(guide.frontmatter.title, guide.frontmatter.summary, body);
}

function newestChange(guide: Guide): string {
  return guide.frontmatter.changes.map((c) => c.date).sort().at(-1) ?? guide.frontmatter.lastReviewed;
}

function readTranslationFrontmatter(file: string, source: string): { frontmatter: TranslationFrontmatter; body: string } {
  const { data, body } = splitFrontmatter(file, source);
  const parsed = translationFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join(".") || "frontmatter";
    throw new ContentError(file, field, issue.code === "invalid_type" && issue.input === undefined ? "is missing" : issue.message);
  }
  return { frontmatter: parsed.data, body };
}

/** Every attribute a translated step must share with the English step: all but its title. */
function stepData(step: GuideStep): string {
  const { id, effect, href, region, plans, right, channel, contact, sources } = step;
  return JSON.stringify({ id, effect, href, region, plans, right, channel, contact, sources });
}

function checkLabels(file: string, labels: readonly TranslatedLabel[], body: string) {
  // A bold label may wrap onto the next line in the file.
  const text = body.replace(/\s+/g, " ");
  labels.forEach((label, i) => {
    const shown = ("kept" in label ? label.en : label.text).replace(/\s+/g, " ");
    if (!text.includes(`**${shown}**`)) {
      throw new ContentError(file, `labels.${i}`, `**${shown}** does not appear in the text: a label is listed because a step names it`);
    }
  });
}

export type TranslationInput = { file: string; source: string; locale: TranslatedLocale; english: Guide; englishHash: string };

/** One translated guide, checked against its English guide; throws a ContentError naming the file and the field. */
export function parseTranslation({ file, source, locale, english, englishHash }: TranslationInput, options: ParseOptions = {}): LocalizedGuide {
  const { frontmatter, body } = readTranslationFrontmatter(file, source);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (frontmatter.translatedOn > today) throw new ContentError(file, "translatedOn", `${frontmatter.translatedOn} is in the future`);
  const parsed = parseGuideBody(file, body, english.frontmatter, today);
  if (parsed.steps.length !== english.steps.length) {
    throw new ContentError(file, "steps", `has ${parsed.steps.length} steps, the English guide ${english.steps.length}: a translation has the same steps`);
  }
  const steps = parsed.steps.map((step, i): GuideStep => {
    const original = english.steps[i]!;
    if (stepData(step) !== stepData(original)) {
      throw new ContentError(file, `Step ${i + 1}`, `"${step.id}" must match the English step "${original.id}" in id and every attribute but its title`);
    }
    // The English hash: ticks and "this step changed" are about what a step asks, in any language.
    return { ...step, hash: original.hash };
  });
  checkLabels(file, frontmatter.labels, body);
  return {
    ...english,
    file,
    frontmatter: { ...english.frontmatter, title: frontmatter.title, summary: frontmatter.summary },
    intro: parsed.intro,
    outro: parsed.outro,
    steps,
    contentLocale: locale,
    translation: {
      locale,
      translatedOn: frontmatter.translatedOn,
      englishChangedOn: newestChange(english),
      stale: frontmatter.translatedFrom !== englishHash,
      labels: frontmatter.labels,
    },
  };
}

function translationFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".mdx") && f !== "start.mdx").sort() : [];
}

/**
 * The guides in one language, in the English order; a guide without a translation is the English guide.
 * `dir` and `english` are parameters so tests can load fixture folders.
 */
export function loadLocalizedGuides(
  locale: TranslatedLocale,
  english: readonly Guide[],
  dir: string = path.join(TRANSLATIONS_DIR, locale),
  options: ParseOptions & { englishHash?: (guide: Guide) => string } = {},
): LocalizedGuide[] {
  const bySlug = new Map(english.map((g) => [g.slug, g]));
  const label = path.relative(process.cwd(), dir) || dir;
  const translated = new Map<string, LocalizedGuide>();
  for (const name of translationFiles(dir)) {
    const file = `${label}/${name}`;
    const slug = name.slice(0, -".mdx".length);
    const guide = bySlug.get(slug);
    if (!guide) throw new ContentError(file, "file name", `there is no English guide "${slug}" (content/guides/${slug}.mdx) to translate`);
    const source = readFileSync(path.join(/*turbopackIgnore: true*/ dir, name), "utf8");
    const englishHash = (options.englishHash ?? englishGuideHash)(guide);
    translated.set(slug, parseTranslation({ file, source, locale, english: guide, englishHash }, options));
  }
  return inEnglishOrder(english, translated);
}

/** An English guide (or the start page) as a reader of another language gets it when it has no translation: marked English. */
function asEnglish<G extends object>(guide: G): G & { contentLocale: typeof DEFAULT_LOCALE; translation: null } {
  return { ...guide, contentLocale: DEFAULT_LOCALE, translation: null };
}

/** The English guides in their order, each replaced by its translation where there is one. */
function inEnglishOrder(english: readonly Guide[], translated: ReadonlyMap<string, LocalizedGuide>): LocalizedGuide[] {
  return english.map((g) => translated.get(g.slug) ?? asEnglish(g));
}

/** The build's translations in `locale` (production server), in the English order like loadLocalizedGuides. */
function builtTranslations(locale: TranslatedLocale): LocalizedGuide[] | undefined {
  const built = readCatalogueTranslations(locale) as readonly LocalizedGuide[] | undefined;
  if (!built) return undefined;
  return inEnglishOrder(allGuides(), new Map(built.map((g) => [g.slug, g])));
}

/** Each language's translated guides (only those with a translation file), for the build's catalogue. */
export function translatedGuidesForCatalogue(english: readonly Guide[]): Record<TranslatedLocale, LocalizedGuide[]> {
  return Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, loadLocalizedGuides(locale, english).filter((g) => g.translation)])) as Record<TranslatedLocale, LocalizedGuide[]>;
}

/**
 * The process's guides in every language, on globalThis like allGuides(): Next.js bundles this module
 * more than once (instrumentation.ts, pages, route handlers), and the copy that instrumentation.ts warms
 * before the first request must be the one every route reads.
 */
const shared = globalThis as typeof globalThis & {
  untrainLocalized?: {
    guides: Map<Locale, LocalizedGuide[]>;
    outlines: Map<Locale, GuideOutline[]>;
    plans: Map<Locale, PlanGuide[]>;
    starts: Map<Locale, LocalizedStart>;
    bySlug: Map<Locale, Map<string, LocalizedGuide>>;
  };
};
shared.untrainLocalized ??= { guides: new Map(), outlines: new Map(), plans: new Map(), starts: new Map(), bySlug: new Map() };
// A process started before bySlug existed (a dev server's hot reload) has the object without it.
shared.untrainLocalized.bySlug ??= new Map();
const { guides: cache, outlines: outlineCache, plans: planCache, starts: startCache, bySlug: slugCache } = shared.untrainLocalized;
/** Every guide as a reader of `locale` gets it, read once per process (content changes only with a deploy). */
export function localizedGuides(locale: Locale): LocalizedGuide[] {
  let guides = cache.get(locale);
  if (!guides) {
    guides =
      locale === DEFAULT_LOCALE
        ? allGuides().map(asEnglish)
        : (builtTranslations(locale) ?? loadLocalizedGuides(locale, allGuides()));
    cache.set(locale, guides);
  }
  return guides;
}

/**
 * One guide by slug, through a map built once per language: every guide, step, end page and image calls
 * this, so a scan of the list made a build at 100× the guides quadratic (6,200 pages × 6,200 guides per language).
 */
export function localizedGuide(slug: string, locale: Locale): LocalizedGuide | undefined {
  let bySlug = slugCache.get(locale);
  if (!bySlug) slugCache.set(locale, (bySlug = new Map(localizedGuides(locale).map((g) => [g.slug, g]))));
  return bySlug.get(slug);
}

/** The checklist's view of every guide (titles in `locale`; ids and hashes are the English guide's). */
export function localizedOutlines(locale: Locale): GuideOutline[] {
  let outlines = outlineCache.get(locale);
  if (!outlines) outlineCache.set(locale, (outlines = localizedGuides(locale).map(outlineOf)));
  return outlines;
}

/** The plan builder's view of every guide, step titles in `locale`. */
export function localizedPlanGuides(locale: Locale): PlanGuide[] {
  let guides = planCache.get(locale);
  if (!guides) planCache.set(locale, (guides = localizedGuides(locale).map(planGuideOf)));
  return guides;
}

// --- Start here ------------------------------------------------------------------------------

export function parseStartTranslation(file: string, source: string, locale: TranslatedLocale, english: StartGuide, englishHash: string): LocalizedStart {
  const { frontmatter, body } = readTranslationFrontmatter(file, source);
  checkLabels(file, frontmatter.labels, body);
  return {
    frontmatter: { ...english.frontmatter, title: frontmatter.title, summary: frontmatter.summary },
    body,
    contentLocale: locale,
    translation: {
      locale,
      translatedOn: frontmatter.translatedOn,
      englishChangedOn: english.frontmatter.lastReviewed,
      stale: frontmatter.translatedFrom !== englishHash,
      labels: frontmatter.labels,
    },
  };
}

/** The Start here text in `locale`, or in English (contentLocale "en") when it is not translated yet. */
export function localizedStart(locale: Locale): LocalizedStart {
  let start = startCache.get(locale);
  if (!start) {
    const english = startGuide();
    const file = path.join(TRANSLATIONS_DIR, locale, "start.mdx");
    start =
      locale !== DEFAULT_LOCALE && existsSync(file)
        ? parseStartTranslation(
            path.relative(process.cwd(), file),
            readFileSync(file, "utf8"),
            locale,
            english,
            englishTextHash(english.frontmatter.title, english.frontmatter.summary, english.body),
          )
        : asEnglish(english);
    startCache.set(locale, start);
  }
  return start;
}

// --- what the report and the editor desk list ------------------------------------------------

export type TranslationStatus = {
  locale: TranslatedLocale;
  translated: number;
  missing: string[];
  stale: { slug: string; title: string; translatedOn: string; englishChangedOn: string }[];
  labelsConfirmed: number;
  labelsKept: number;
};

/** Per language: how many guides are translated, which are missing, which are stale, and how many menu labels are the app's own. */
export function translationStatus(): TranslationStatus[] {
  return TRANSLATED_LOCALES.map((locale) => {
    const guides = localizedGuides(locale);
    const start = localizedStart(locale);
    const done = guides.filter((g) => g.translation);
    const labels = [...done.flatMap((g) => g.translation!.labels), ...(start.translation?.labels ?? [])];
    const staleGuides = done.filter((g) => g.translation!.stale).map((g) => ({ slug: g.slug, title: g.frontmatter.title, translatedOn: g.translation!.translatedOn, englishChangedOn: g.translation!.englishChangedOn }));
    if (start.translation?.stale) staleGuides.unshift({ slug: "start", title: start.frontmatter.title, translatedOn: start.translation.translatedOn, englishChangedOn: start.translation.englishChangedOn });
    return {
      locale,
      translated: done.length + (start.translation ? 1 : 0),
      missing: [...(start.translation ? [] : ["start"]), ...guides.filter((g) => !g.translation).map((g) => g.slug)],
      stale: staleGuides,
      labelsConfirmed: labels.filter((l) => !("kept" in l)).length,
      labelsKept: labels.filter((l) => "kept" in l).length,
    };
  });
}

/** The hash a new translation of each English text records as `translatedFrom`. */
export function englishHashes(): { slug: string; hash: string }[] {
  const start = startGuide();
  return [
    { slug: "start", hash: englishTextHash(start.frontmatter.title, start.frontmatter.summary, start.body) },
    ...allGuides().map((g) => ({ slug: g.slug, hash: englishGuideHash(g) })),
  ];
}
