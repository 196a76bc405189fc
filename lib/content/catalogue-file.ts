/**
 * The guides as a build product (issue 20, "no stall after a start"): `next build` writes every parsed
 * guide to .next/untrain-catalogue.json (scripts/build-catalogue.ts, run by next.config.ts after the
 * compile), and a production server reads that file instead of parsing every MDX file on its first
 * request — 0.9 s of frozen process at 47 guides and 22 s at 100× before it existed.
 *
 * The translated guides travel in the same file, per language: at 100× the guides a start parsed ~24,000
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
const VERSION = 2;

/** The envelope is checked; the guides inside were validated by parseGuide when the build wrote them. */
const catalogueSchema = z.object({
  version: z.literal(VERSION),
  guides: z.array(z.object({ slug: z.string(), steps: z.array(z.object({ id: z.string(), hash: z.string() }).loose()) }).loose()),
  /** Only the guides that have a translation, per language; the rest are the English guide. */
  translations: z.record(z.string(), z.array(z.object({ slug: z.string(), contentLocale: z.string() }).loose())),
});
type CatalogueData = z.infer<typeof catalogueSchema>;

/** Parsed once per process (several bundles of this module share it, like the guides themselves). */
const shared = globalThis as typeof globalThis & { untrainCatalogueFile?: CatalogueData | null };

/** `translations`: each language's translated guides (LocalizedGuide, kept generic to avoid an import cycle). */
export function writeCatalogue(distDir: string, guides: readonly Guide[], translations: Readonly<Record<string, readonly { slug: string }[]>> = {}): string {
  const file = path.join(distDir, CATALOGUE_FILE);
  writeFileSync(file, JSON.stringify({ version: VERSION, guides, translations }));
  return file;
}

function readCatalogueFile(distDir: string): CatalogueData | null {
  if (process.env.NODE_ENV !== "production") return null;
  const file = path.join(/*turbopackIgnore: true*/ distDir, CATALOGUE_FILE);
  if (!existsSync(file)) return null;
  const parsed = catalogueSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    console.warn(`[catalogue] ${file} is not this version's catalogue; parsing content/ instead`);
    return null;
  }
  return parsed.data;
}

const DEFAULT_DIST = () => path.join(process.cwd(), ".next");

function catalogueFile(distDir?: string): CatalogueData | null {
  if (distDir) return readCatalogueFile(distDir);
  if (shared.untrainCatalogueFile === undefined) shared.untrainCatalogueFile = readCatalogueFile(DEFAULT_DIST());
  return shared.untrainCatalogueFile;
}

/** The build's guides, or undefined when this is not a production server or the build has none. */
export function readCatalogue(distDir?: string): Guide[] | undefined {
  return catalogueFile(distDir)?.guides as unknown as Guide[] | undefined;
}

/** The build's translated guides in `locale` (only those with a translation), or undefined as readCatalogue. */
export function readCatalogueTranslations(locale: string, distDir?: string): readonly { slug: string }[] | undefined {
  const data = catalogueFile(distDir);
  return data ? (data.translations[locale] ?? []) : undefined;
}
