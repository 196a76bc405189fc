/**
 * Translations (content/translations/<locale>/<slug>.mdx): every guide and the Start here text in every
 * language, each with the English guide's steps, ids and data (the parser refuses anything else), the same
 * caveats, and a record of the English text it was made from so a later English change shows as stale.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { allGuides, findGuide } from "@/lib/content/guides";
import { splitFrontmatter } from "@/lib/content/parse";
import { startGuide } from "@/lib/content/start";
import {
  englishHashes,
  englishTextHash,
  localizedGuide,
  localizedGuides,
  localizedStart,
  parseStartTranslation,
  parseTranslation,
  translationStatus,
} from "@/lib/content/translations";
import { LOCALES, TRANSLATED_LOCALES } from "@/lib/i18n/locales";

/** How each language says "we could not confirm" (a step without an official source must say so in every language). */
const SAYS_UNCONFIRMED = {
  de: /\b(nicht|kein\w*)\b[^.]*bestätig|unbestätigt/i,
  fr: /\b(pas|non|aucun\w*)\b[^.]*confirm/i,
  es: /\b(no|ninguna?)\b[^.]*confirm|sin confirmar/i,
  it: /\b(non|nessun\w*)\b[^.]*conferm/i,
} as const;

describe.each(TRANSLATED_LOCALES)("content/translations/%s", (locale) => {
  const guides = localizedGuides(locale);

  it("translates the Start here text and every guide", () => {
    const status = translationStatus().find((s) => s.locale === locale)!;
    expect(status.missing, `not yet translated into ${locale}`).toEqual([]);
    expect(localizedStart(locale).contentLocale).toBe(locale);
  });

  it.each(guides.filter((g) => g.translation).map((g) => g.slug))("%s keeps the English steps and caveats", (slug) => {
    const guide = guides.find((g) => g.slug === slug)!;
    const english = findGuide(slug)!;
    expect(guide.steps.map((s) => [s.id, s.hash, s.effect, s.region, s.sources])).toEqual(english.steps.map((s) => [s.id, s.hash, s.effect, s.region, s.sources]));
    expect(guide.intro).toMatch(/<Limits>[\s\S]+?<\/Limits>/);
    for (const step of guide.steps) {
      if (step.unconfirmed) expect(step.body, `${locale}/${slug} step "${step.id}" has no official source and must say it is not confirmed`).toMatch(SAYS_UNCONFIRMED[locale]);
    }
    // A translated guide is not shorter by half: nothing was dropped wholesale.
    const length = (s: string) => s.replace(/\s+/g, " ").length;
    const ratio = length(guide.intro + guide.steps.map((s) => s.body).join("")) / length(english.intro + english.steps.map((s) => s.body).join(""));
    expect(ratio, `${locale}/${slug} is ${ratio.toFixed(2)}× the English text`).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.8);
  });
});

describe("translation rules (fixtures built from the English Instagram guide)", () => {
  const english = findGuide("instagram")!;
  const raw = readFileSync("content/guides/instagram.mdx", "utf8");
  const { body } = splitFrontmatter("instagram", raw);
  const hash = englishTextHash(english.frontmatter.title, english.frontmatter.summary, body);
  const translation = (text: string, extra = "") =>
    `---\ntitle: Instagram-Beiträge aus dem KI-Training von Meta heraushalten\nsummary: Ein Text, der lang genug ist, um als Zusammenfassung zu gelten.\ntranslatedFrom: ${hash}\ntranslatedOn: 2026-12-05\n${extra}---\n${text}`;
  const parse = (source: string, englishHash = hash) => parseTranslation({ file: "de/instagram.mdx", source, locale: "de", english, englishHash }, { today: "2026-12-05" });

  it("reads a translation over the English data, with the English step hashes", () => {
    const guide = parse(translation(body.replace('title="Switch your account to private"', 'title="Konto auf privat stellen"')));
    expect(guide.frontmatter.title).toMatch(/^Instagram-Beiträge/);
    expect(guide.frontmatter.sources).toEqual(english.frontmatter.sources);
    expect(guide.steps[1]!.title).toBe("Konto auf privat stellen");
    expect(guide.steps.map((s) => s.hash)).toEqual(english.steps.map((s) => s.hash));
    expect(guide.translation).toMatchObject({ locale: "de", stale: false, englishChangedOn: "2026-12-05" });
  });

  it("is stale once the English text changes", () => {
    expect(parse(translation(body), "0123456789ab").translation!.stale).toBe(true);
    const changedBody = body.replace("Meta trains", "Meta now trains");
    expect(englishTextHash(english.frontmatter.title, english.frontmatter.summary, changedBody)).not.toBe(hash);
  });

  it("refuses a step whose data differs from the English step", () => {
    expect(() => parse(translation(body.replace('effect="limits-exposure" sources="ig-private-help,pi-instagram"', 'effect="stops-training" sources="ig-private-help,pi-instagram"')))).toThrow(
      /Step 2: "make-account-private" must match the English step/,
    );
    expect(() => parse(translation(body.replace('region="EU,UK"', 'region="EU"')))).toThrow(/must match the English step/);
  });

  it("refuses a dropped, an added or a reordered step", () => {
    const steps = body.split(/(?=<Step )/);
    expect(() => parse(translation(steps.filter((_, i) => i !== 3).join("")))).toThrow(/has 3 steps, the English guide 4/);
    expect(() => parse(translation([steps[0], steps[2], steps[1], ...steps.slice(3)].join("")))).toThrow(/must match the English step/);
  });

  it("refuses English data in a translation's frontmatter and labels that are not in the text", () => {
    expect(() => parse(translation(body, "regions: [EU]\n"))).toThrow(/regions/);
    expect(() => parse(translation(body, "labels:\n  - en: Private Account\n    text: Privates Konto\n    source: https://help.instagram.com/448523408565555\n"))).toThrow(/\*\*Privates Konto\*\* does not appear/);
    expect(() => parse(translation(body, "labels:\n  - en: Private Account\n    text: Privates Konto\n"))).toThrow(/labels/);
    const kept = parse(translation(body, "labels:\n  - en: Private Account\n    kept: true\n"));
    expect(kept.translation!.labels).toEqual([{ en: "Private Account", kept: true }]);
  });

  it("marks the Start here translation stale the same way", () => {
    const start = startGuide();
    const startHash = englishTextHash(start.frontmatter.title, start.frontmatter.summary, start.body);
    expect(englishHashes()[0]).toEqual({ slug: "start", hash: startHash });
    const source = `---\ntitle: Hier beginnen, ein Titel\nsummary: Was wirklich hilft und was keine Einstellung kann.\ntranslatedFrom: ${startHash}\ntranslatedOn: 2026-12-05\n---\nText.\n`;
    expect(parseStartTranslation("de/start.mdx", source, "de", start, startHash).translation!.stale).toBe(false);
    expect(parseStartTranslation("de/start.mdx", source, "de", start, "0123456789ab").translation!.stale).toBe(true);
  });
});

describe("looking a guide up by slug (a map per language: a scan per page made a 100× build quadratic)", () => {
  it.each(LOCALES)("localizedGuide finds every guide in %s as the list holds it, and nothing else", (locale) => {
    const guides = localizedGuides(locale);
    for (const guide of guides) expect(localizedGuide(guide.slug, locale)).toBe(guide);
    expect(localizedGuide("no-such-guide", locale)).toBeUndefined();
    expect(localizedGuide("", locale)).toBeUndefined();
  });

  it("gives each language its own guide under the same slug", () => {
    const english = localizedGuide("instagram", "en")!;
    const german = localizedGuide("instagram", "de")!;
    expect(english.contentLocale).toBe("en");
    expect(german.contentLocale).toBe("de");
    expect(german.frontmatter.title).not.toBe(english.frontmatter.title);
    expect(german.steps.map((s) => s.id)).toEqual(english.steps.map((s) => s.id));
  });

  it("findGuide finds every English guide as allGuides holds it, and nothing else", () => {
    for (const guide of allGuides()) expect(findGuide(guide.slug)).toBe(guide);
    expect(findGuide("no-such-guide")).toBeUndefined();
  });
});
