/**
 * The guides as a build product (issue 20, "no stall after a start"): `next build` writes every parsed
 * guide to .next/untrain-catalogue.json (scripts/build-catalogue.ts, run by next.config.ts after the
 * compile), and a production server reads that file instead of parsing every MDX file on its first
 * request — 0.9 s of frozen process at 47 guides and 22 s at 100× before it existed.
 *
 * The translated guides are build files too, one per language: at 100× the guides a start parsed ~24,000
 * translation files before its first answer (166 s measured by `npm run bench:guides`).
 *
 * The file is trusted only from a production server (`next start`): `next dev`, tests and scripts
 * parse content/ as before, so an edit there is never hidden behind an old build's file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Guide } from "./parse";

export const CATALOGUE_FILE = "untrain-catalogue.json";
/** One file per language beside it: at 100× the guides all languages in one string would near V8's string limit. */
export const translationCatalogueFile = (locale: string) => `untrain-catalogue.${locale}.json`;
const VERSION = 2;

/** The envelopes are checked; the guides inside were validated by the parsers when the build wrote them. */
const catalogueSchema = z.object({
  version: z.literal(VERSION),
  guides: z.array(z.object({ slug: z.string(), steps: z.array(z.object({ id: z.string(), hash: z.string() }).loose()) }).loose()),
});
const translationsSchema = z.object({
  version: z.literal(VERSION),
  locale: z.string(),
  /** Only the guides that have a translation; the rest are the English guide. */
  guides: z.array(z.object({ slug: z.string(), contentLocale: z.string() }).loose()),
});

/** `translations`: each language's translated guides (LocalizedGuide, kept generic to avoid an import cycle). */
export function writeCatalogue(distDir: string, guides: readonly Guide[], translations: Readonly<Record<string, readonly { slug: string }[]>> = {}): string {
  for (const [locale, translated] of Object.entries(translations)) {
    writeFileSync(path.join(distDir, translationCatalogueFile(locale)), JSON.stringify({ version: VERSION, locale, guides: translated }));
  }
  // The English file last: its presence says the build's catalogue is complete.
  const file = path.join(distDir, CATALOGUE_FILE);
  writeFileSync(file, JSON.stringify({ version: VERSION, guides }));
  return file;
}

function readBuildFile<T>(distDir: string, name: string, schema: z.ZodType<T>): T | undefined {
  if (process.env.NODE_ENV !== "production") return undefined;
  const file = path.join(/*turbopackIgnore: true*/ distDir, name);
  if (!existsSync(file)) return undefined;
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    console.warn(`[catalogue] ${file} is not this version's catalogue; parsing content/ instead`);
    return undefined;
  }
  return parsed.data;
}

const defaultDist = () => path.join(process.cwd(), ".next");

/** The build's guides, or undefined when this is not a production server or the build has none. */
export function readCatalogue(distDir: string = defaultDist()): Guide[] | undefined {
  return readBuildFile(distDir, CATALOGUE_FILE, catalogueSchema)?.guides as unknown as Guide[] | undefined;
}

/**
 * The build's translated guides in `locale` (only those with a translation), or undefined as readCatalogue;
 * an older build without the language's file is undefined too, and the translations are parsed as before.
 */
export function readCatalogueTranslations(locale: string, distDir: string = defaultDist()): readonly { slug: string }[] | undefined {
  const translated = readBuildFile(distDir, translationCatalogueFile(locale), translationsSchema);
  return translated?.locale === locale ? translated.guides : undefined;
}
