/**
 * The catalogue as a build product (issue 20): `next build` writes every parsed guide and every translation
 * to one file that a production server reads before its first answer instead of parsing content/.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CATALOGUE_FILE, readCatalogue, readCatalogueTranslations, writeCatalogue } from "@/lib/content/catalogue-file";
import { allGuides } from "@/lib/content/guides";
import { localizedGuides, translatedGuidesForCatalogue } from "@/lib/content/translations";
import { TRANSLATED_LOCALES } from "@/lib/i18n/locales";

const dirs: string[] = [];
function buildDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "untrain-catalogue-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the build's catalogue file", () => {
  it("gives a production server the same guides and translations that parsing content/ gives", () => {
    const dir = buildDir();
    const english = allGuides();
    writeCatalogue(dir, english, translatedGuidesForCatalogue(english));
    vi.stubEnv("NODE_ENV", "production");
    expect(readCatalogue(dir)).toEqual(JSON.parse(JSON.stringify(english)));
    for (const locale of TRANSLATED_LOCALES) {
      const parsed = localizedGuides(locale).filter((g) => g.translation);
      expect(parsed.length).toBeGreaterThan(0);
      expect(readCatalogueTranslations(locale, dir)).toEqual(JSON.parse(JSON.stringify(parsed)));
    }
  });

  it("is ignored outside production and when it is another version's file (content/ is parsed instead)", () => {
    const dir = buildDir();
    writeCatalogue(dir, allGuides(), {});
    expect(readCatalogue(dir)).toBeUndefined();
    vi.stubEnv("NODE_ENV", "production");
    expect(readCatalogueTranslations("de", dir)).toEqual([]);
    writeFileSync(path.join(dir, CATALOGUE_FILE), JSON.stringify({ version: 1, guides: [] }));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(readCatalogue(dir)).toBeUndefined();
    expect(readCatalogueTranslations("de", dir)).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
