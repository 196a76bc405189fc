/**
 * npm run content:report [-- --json] [-- --no-target]
 *
 * How well every guide's steps are sourced: per guide the steps, how many rest on an official page,
 * the unconfirmed step ids and the weakest kind of source any step rests on; then the site totals.
 * A guide that fails to parse is listed as an error (the rest are still reported) and makes the
 * script exit 1, as do steps resting only on deny-listed sources and, unless --no-target, an
 * official-backed share below the target.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GUIDES_DIR } from "../lib/content/guides";
import { parseGuide, type Guide } from "../lib/content/parse";
import { guideSourcingStats, percent, siteSourcingStats, type GuideSourcingStats } from "../lib/content/sourcing";

const OFFICIAL_TARGET_PERCENT = 75;

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
  const numeric = (c: number) => c > 0 && c < 4;
  return rows
    .map((r) => r.map((cell, c) => (numeric(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd())
    .join("\n");
}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const checkTarget = !argv.includes("--no-target");
  const dirArg = argv.find((a, i) => argv[i - 1] === "--dir");
  const dir = dirArg ? path.resolve(dirArg) : GUIDES_DIR;

  const { guides, failures } = loadEach(dir);
  const perGuide: GuideSourcingStats[] = guides.map(guideSourcingStats).sort((a, b) => a.slug.localeCompare(b.slug));
  const site = siteSourcingStats(guides);
  const problems: string[] = [];
  if (failures.length) problems.push(`${failures.length} guide file(s) failed to parse`);
  if (site.deniedOnly > 0) problems.push(`${site.deniedOnly} step(s) rest only on deny-listed sources (must be 0)`);
  const belowTarget = site.officialPercent < OFFICIAL_TARGET_PERCENT;
  if (checkTarget && belowTarget) problems.push(`official-backed steps are ${site.officialPercent}%, below the target of ${OFFICIAL_TARGET_PERCENT}%`);

  if (json) {
    const out = {
      target: { officialPercent: OFFICIAL_TARGET_PERCENT, checked: checkTarget, met: !belowTarget },
      guides: perGuide.map((g) => ({ ...g, officialPercent: percent(g.officialBacked, g.steps) })),
      errors: failures,
      site,
      problems,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const rows = [["guide", "steps", "official", "%", "weakest", "unconfirmed steps"]];
    for (const g of perGuide) {
      rows.push([g.slug, String(g.steps), String(g.officialBacked), `${percent(g.officialBacked, g.steps)}%`, g.weakestKind ?? "-", g.unconfirmedStepIds.join(", ") || "-"]);
    }
    console.log(table(rows));
    for (const f of failures) console.log(`ERROR ${f.error}`);
    console.log("");
    console.log(`guides:                         ${site.guides} parsed${failures.length ? `, ${failures.length} failed` : ""}`);
    console.log(`steps:                          ${site.steps}`);
    console.log(`official-backed:                ${site.officialBacked} (${site.officialPercent}%, target ${OFFICIAL_TARGET_PERCENT}%)`);
    console.log(`press only:                     ${site.pressOnly}`);
    console.log(`community only:                 ${site.communityOnly}`);
    console.log(`only deny-listed sources:       ${site.deniedOnly} (must be 0)`);
    if (problems.length) {
      console.log("");
      for (const p of problems) console.log(`FAIL ${p}`);
    }
  }
  return problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
