/**
 * The guides as a build product (issue 20, "no stall after a start"): `next build` writes every parsed
 * guide to .next/untrain-catalogue.json (scripts/build-catalogue.ts, run by next.config.ts after the
 * compile), and a production server reads that file instead of parsing every MDX file on its first
 * request — 0.9 s of frozen process at 47 guides and 22 s at 100× before it existed.
 *
 * The file is trusted only from a production server (`next start`): `next dev`, tests and scripts
 * parse content/ as before, so an edit there is never hidden behind an old build's file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Guide } from "./parse";

export const CATALOGUE_FILE = "untrain-catalogue.json";
const VERSION = 1;

/** The envelope is checked; the guides inside were validated by parseGuide when the build wrote them. */
const catalogueSchema = z.object({
  version: z.literal(VERSION),
  guides: z.array(z.object({ slug: z.string(), steps: z.array(z.object({ id: z.string(), hash: z.string() }).loose()) }).loose()),
});

export function writeCatalogue(distDir: string, guides: readonly Guide[]): string {
  const file = path.join(distDir, CATALOGUE_FILE);
  writeFileSync(file, JSON.stringify({ version: VERSION, guides }));
  return file;
}

/** The build's guides, or undefined when this is not a production server or the build has none. */
export function readCatalogue(distDir = path.join(process.cwd(), ".next")): Guide[] | undefined {
  if (process.env.NODE_ENV !== "production") return undefined;
  const file = path.join(/*turbopackIgnore: true*/ distDir, CATALOGUE_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = catalogueSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    console.warn(`[catalogue] ${file} is not this version's catalogue; parsing content/guides instead`);
    return undefined;
  }
  return parsed.data.guides as unknown as Guide[];
}
