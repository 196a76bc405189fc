/**
 * Writes the parsed guides and their translations into the build folder (lib/content/catalogue-file.ts), so a production
 * server never parses MDX while requests wait. next.config.ts runs it after every `next build`'s
 * compile; a content error fails the build here, naming the file and the field.
 *
 *   tsx scripts/build-catalogue.ts [distDir]   (default .next)
 */
import path from "node:path";
import { loadGuides } from "../lib/content/guides.ts";
import { writeCatalogue } from "../lib/content/catalogue-file.ts";
import { translatedGuidesForCatalogue } from "../lib/content/translations.ts";

const distDir = path.resolve(process.argv[2] ?? ".next");
const started = performance.now();
const guides = loadGuides();
const translations = translatedGuidesForCatalogue(guides);
const file = writeCatalogue(distDir, guides, translations);
const translated = Object.values(translations).reduce((n, list) => n + list.length, 0);
console.log(`catalogue: ${guides.length} guides and ${translated} translations parsed in ${(performance.now() - started).toFixed(0)} ms → ${path.relative(process.cwd(), file)}`);
