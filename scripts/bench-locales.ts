/**
 * `npm run bench`, step 6 (issue 19): what the four translations cost at build time. Builds a copy of the
 * project twice (scripts/lib/project-copy.ts), once as it is (every page in five languages) and once
 * with only English prerendered (lib/i18n/page.ts `localeParams` patched in the copy), and prints wall
 * time, prerendered pages and the size of `.next` (without `.next/cache`, which a deploy does not ship)
 * as a markdown table. Nothing is written into the project; the copy is deleted at the end.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { copyProject, megabytes } from "./lib/project-copy.ts";

const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.error(`[bench:locales] ${line}`);

type Build = { label: string; seconds: number; pages: number; nextMb: number; cacheMb: number };

function build(app: string, label: string): Build {
  rmSync(path.join(app, ".next"), { recursive: true, force: true });
  log(`building: ${label}`);
  const started = process.hrtime.bigint();
  const result = spawnSync("npx", ["next", "build"], { cwd: app, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`next build failed (${label}): ${result.stderr.slice(-800)}`);
  const pages = Number(/Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(result.stdout.split("\n").filter((l) => l.includes("Generating static pages")).at(-1) ?? "")?.[2] ?? NaN);
  const next = path.join(app, ".next");
  return { label, seconds, pages, nextMb: megabytes(next, "cache"), cacheMb: megabytes(path.join(next, "cache")) };
}

/** Only English prerendered: the [locale] segment's static params, patched in the copy. */
function englishOnly(app: string) {
  const file = path.join(app, "lib/i18n/page.ts");
  const source = readFileSync(file, "utf8");
  const patched = source.replace("return LOCALES.map((locale) => ({ locale }));", 'return (["en"] as const).map((locale) => ({ locale }));');
  if (patched === source) throw new Error("lib/i18n/page.ts: localeParams changed; update scripts/bench-locales.ts");
  writeFileSync(file, patched);
}

const work = mkdtempSync(path.join(os.tmpdir(), "untrain-bench-locales-"));
const app = path.join(work, "app");
try {
  copyProject(root, app, log);
  const all = build(app, "5 languages (en, de, fr, es, it)");
  englishOnly(app);
  const english = build(app, "English only");
  const row = (b: Build) => `| ${b.label} | ${b.seconds.toFixed(0)} s | ${b.pages} | ${b.nextMb.toFixed(0)} MB | ${b.cacheMb.toFixed(0)} MB |`;
  console.log(
    [
      `### Build at 5 languages vs English only (${os.cpus().length} cores, node ${process.version}; wall time on a shared machine: compare the two rows, not runs)`,
      "",
      "| build | \`next build\` wall time | static pages generated | `.next` without cache | `.next/cache` |",
      "|---|---|---|---|---|",
      row(english),
      row(all),
      `| ratio | ${(all.seconds / english.seconds).toFixed(2)}× | ${(all.pages / english.pages).toFixed(2)}× | ${(all.nextMb / english.nextMb).toFixed(2)}× | |`,
    ].join("\n"),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
