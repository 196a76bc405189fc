/**
 * npm run content:report [-- --json] [-- --no-target]
 *
 * How well every guide's steps are sourced: per guide the steps confirmed by a quote of the platform's
 * own page, partly confirmed, citing an official page without a quote, press only and community only,
 * the steps not confirmed and the weakest status; then the site totals (docs/content-format.md).
 * A guide that fails to parse is listed as an error (the rest are still reported) and makes the
 * script exit 1, as do steps resting only on deny-listed sources or mirrors and, unless --no-target, a
 * quoted-confirmation share below the target.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GUIDES_DIR } from "../lib/content/guides";
import { parseGuide, type Guide } from "../lib/content/parse";
import { guideSourcingStats, percent, siteSourcingStats, type GuideSourcingStats } from "../lib/content/sourcing";
import { mirrorSources } from "../lib/content/deny-list";
import { englishHashes, translationStatus, type TranslationStatus } from "../lib/content/translations";

const CONFIRMED_TARGET_PERCENT = 80;

type ParseFailure = { file: string; error: string };

function loadEach(dir: string): { guides: Guide[]; failures: ParseFailure[] } {
  const guides: Guide[] = [];
  const failures: ParseFailure[] = [];
  const label = path.relative(process.cwd(), dir) || dir;
  for (const f of readdirSync(dir).filter((name) => name.endsWith(".mdx")).sort()) {
    const file = `${label}/${f}`;
    try {
      guides.push(parseGuide(file, readFileSync(path.join(dir, f), "utf8")));
    } catch (error) {
      failures.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const slugs = new Set(guides.map((g) => g.slug));
  for (const guide of guides) {
    for (const related of guide.frontmatter.related) {
      if (!slugs.has(related) && !failures.some((x) => x.file.endsWith(`/${related}.mdx`))) {
        failures.push({ file: guide.file, error: `${guide.file}: related: "${related}" is not a guide` });
      }
    }
  }
  return { guides, failures };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const numeric = (c: number) => c > 0 && c < 8;
  return rows
    .map((r) => r.map((cell, c) => (numeric(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd())
    .join("\n");
}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const checkTarget = !argv.includes("--no-target");
  const dirArg = argv.find((a, i) => argv[i - 1] === "--dir");
  const dir = dirArg ? path.resolve(dirArg) : GUIDES_DIR;

  if (argv.includes("--hashes")) {
    // What a new or refreshed translation records as `translatedFrom`.
    for (const { slug, hash } of englishHashes()) console.log(`${slug} ${hash}`);
    return 0;
  }
  const { guides, failures } = loadEach(dir);
  const perGuide: GuideSourcingStats[] = guides.map(guideSourcingStats).sort((a, b) => a.slug.localeCompare(b.slug));
  const site = siteSourcingStats(guides);
  const problems: string[] = [];
  if (failures.length) problems.push(`${failures.length} guide file(s) failed to parse`);
  if (site.deniedOnly > 0) problems.push(`${site.deniedOnly} step(s) rest only on deny-listed sources (must be 0)`);
  const mirrors = guides.flatMap((g) => mirrorSources(g.frontmatter.sources).map((s) => `${g.slug}/${s.id}`));
  if (mirrors.length) problems.push(`${mirrors.length} source(s) are mirrors of another outlet's article (must be 0): ${mirrors.join(", ")}`);
  const belowTarget = site.confirmedPercent < CONFIRMED_TARGET_PERCENT;
  if (checkTarget && belowTarget) problems.push(`steps confirmed by an official quote are ${site.confirmedPercent}%, below the target of ${CONFIRMED_TARGET_PERCENT}%`);

  // Translations are read against the real English guides, so only when the report runs on them.
  let translations: TranslationStatus[] = [];
  if (!dirArg) {
    try {
      translations = translationStatus();
    } catch (error) {
      problems.push(`a translation failed to parse: ${(error as Error).message}`);
    }
  }

  if (json) {
    const out = {
      translations,
      target: { confirmedPercent: CONFIRMED_TARGET_PERCENT, checked: checkTarget, met: !belowTarget },
      guides: perGuide.map((g) => ({ ...g, confirmedPercent: percent(g.confirmed, g.steps) })),
      errors: failures,
      site,
      problems,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const rows = [["guide", "steps", "quoted", "%", "partly", "unquoted", "press", "community", "weakest", "steps not confirmed by a quote"]];
    for (const g of perGuide) {
      rows.push([
        g.slug,
        String(g.steps),
        String(g.confirmed),
        `${percent(g.confirmed, g.steps)}%`,
        String(g.partly),
        String(g.officialUnquoted),
        String(g.pressOnly),
        String(g.communityOnly),
        g.weakest ?? "-",
        g.notConfirmedStepIds.join(", ") || "-",
      ]);
    }
    console.log(table(rows));
    for (const f of failures) console.log(`ERROR ${f.error}`);
    console.log("");
    console.log(`guides:                         ${site.guides} parsed${failures.length ? `, ${failures.length} failed` : ""}`);
    console.log(`steps:                          ${site.steps}`);
    console.log(`confirmed by an official quote: ${site.confirmed} (${site.confirmedPercent}%, target ${CONFIRMED_TARGET_PERCENT}%)`);
    console.log(`partly confirmed:               ${site.partly} (${percent(site.partly, site.steps)}%)`);
    console.log(`official page, no quote:        ${site.officialUnquoted} (${percent(site.officialUnquoted, site.steps)}%)`);
    console.log(`press only:                     ${site.pressOnly}`);
    console.log(`community only:                 ${site.communityOnly}`);
    console.log(`only deny-listed sources:       ${site.deniedOnly} (must be 0)`);
    console.log(`mirror sources:                 ${mirrors.length} (must be 0)`);
    if (translations.length) {
      console.log("");
      console.log("translations (labels: menu labels confirmed from the platform's page in that language / kept in English)");
      console.log(
        table([
          ["language", "translated", "missing", "stale", "labels confirmed", "labels kept"],
          ...translations.map((t) => [t.locale, String(t.translated), String(t.missing.length), String(t.stale.length), String(t.labelsConfirmed), String(t.labelsKept)]),
        ]),
      );
      for (const t of translations) {
        for (const s of t.stale) console.log(`STALE ${t.locale}/${s.slug}: translated ${s.translatedOn}, the English text changed on ${s.englishChangedOn}`);
        if (t.missing.length) console.log(`MISSING ${t.locale}: ${t.missing.join(", ")}`);
      }
    }
    if (problems.length) {
      console.log("");
      for (const p of problems) console.log(`FAIL ${p}`);
    }
  }
  return problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
