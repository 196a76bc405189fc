/**
 * Writes the parsed guides into the build folder (lib/content/catalogue-file.ts), so a production
 * server never parses MDX while requests wait. next.config.ts runs it after every `next build`'s
 * compile; a content error fails the build here, naming the file and the field.
 *
 *   tsx scripts/build-catalogue.ts [distDir]   (default .next)
 */
import path from "node:path";
import { loadGuides } from "../lib/content/guides.ts";
import { writeCatalogue } from "../lib/content/catalogue-file.ts";

const distDir = path.resolve(process.argv[2] ?? ".next");
const started = performance.now();
const guides = loadGuides();
const file = writeCatalogue(distDir, guides);
console.log(`catalogue: ${guides.length} guides parsed in ${(performance.now() - started).toFixed(0)} ms → ${path.relative(process.cwd(), file)}`);
