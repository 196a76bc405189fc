/**
 * The catalogue as a build product (issue 20): `next build` writes every parsed guide and every translation
 * to one file that a production server reads before its first answer instead of parsing content/.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CATALOGUE_FILE, readCatalogue, readCatalogueTranslations, translationCatalogueFile, writeCatalogue } from "@/lib/content/catalogue-file";
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

  it("is ignored outside production, and where a file is missing or of another version (content/ is parsed instead)", () => {
    const dir = buildDir();
    writeCatalogue(dir, allGuides(), { de: [] });
    expect(readCatalogue(dir)).toBeUndefined();
    expect(readCatalogueTranslations("de", dir)).toBeUndefined();
    vi.stubEnv("NODE_ENV", "production");
    expect(readCatalogueTranslations("de", dir)).toEqual([]);
    expect(readCatalogueTranslations("fr", dir)).toBeUndefined();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    writeFileSync(path.join(dir, CATALOGUE_FILE), JSON.stringify({ version: 1, guides: [] }));
    writeFileSync(path.join(dir, translationCatalogueFile("de")), JSON.stringify({ version: 1, guides: [] }));
    expect(readCatalogue(dir)).toBeUndefined();
    expect(readCatalogueTranslations("de", dir)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
