/**
 * npm run content:links [-- --json] [-- --all] [-- --dir <folder>] [-- --guide <slug>] [-- --no-probe]
 *
 * Checks every step href and every source URL of every guide (scripts/lib/link-check.ts) and prints them grouped
 * by guide, worst first; --all also lists the links that answer fine, --json prints the stable JSON shape
 * for CI. Exits 1 when an official source or a step link is dead, or a guide file fails to parse; dead
 * press/community links, soft 404s, timeouts and moved pages are reported but do not fail.
 * Without a network it says so in one line and exits 0 (nothing was checked, nothing passed);
 * --no-probe skips that detection (e.g. behind a proxy that rewrites DNS).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GUIDES_DIR } from "../lib/content/guides";
import { parseGuide, type Guide } from "../lib/content/parse";
import { DEFAULT_USER_AGENT, formatReport, reportJson, runLinkCheck } from "./lib/link-check";

function loadEach(dir: string): { guides: Guide[]; failures: string[] } {
  const guides: Guide[] = [];
  const failures: string[] = [];
  const label = path.relative(process.cwd(), dir) || dir;
  for (const f of readdirSync(dir).filter((name) => name.endsWith(".mdx")).sort()) {
    try {
      guides.push(parseGuide(`${label}/${f}`, readFileSync(path.join(dir, f), "utf8")));
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { guides, failures };
}

function userAgent(): string {
  const site = process.env.SITE_URL;
  return site?.startsWith("https://") ? DEFAULT_USER_AGENT.replace(/\)$/, `; +${site.replace(/\/+$/, "")})`) : DEFAULT_USER_AGENT;
}

async function main(argv: string[]): Promise<number> {
  const value = (flag: string) => argv.find((_, i) => argv[i - 1] === flag);
  const json = argv.includes("--json");
  const dirArg = value("--dir");
  const only = value("--guide");
  const { guides: all, failures } = loadEach(dirArg ? path.resolve(dirArg) : GUIDES_DIR);
  const guides = only ? all.filter((g) => g.slug === only) : all;
  if (only && guides.length === 0) {
    console.error(`There is no guide "${only}".`);
    return 1;
  }

  const report = await runLinkCheck(guides, {
    userAgent: userAgent(),
    probe: argv.includes("--no-probe") ? false : {},
    onStart: (n) => {
      if (!json && process.stderr.isTTY) process.stderr.write(`Checking ${n} URLs in ${guides.length} guides…\n`);
    },
  });

  if (json) {
    process.stdout.write(`${JSON.stringify(reportJson(report, failures), null, 2)}\n`);
  } else {
    console.log(formatReport(report, { all: argv.includes("--all") }));
    for (const f of failures) console.log(`ERROR ${f}`);
  }
  return failures.length ? 1 : report.exitCode;
}

process.exitCode = await main(process.argv.slice(2));
