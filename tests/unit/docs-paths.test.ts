/**
 * The docs and the code's comments point a newcomer at files (`lib/http/handler.ts`,
 * `app/[locale]/signin/confirm/page.tsx`); after the move into domain folders those names went stale unnoticed
 * (docs/security.md named 26 files that no longer existed, comments another 16). Every repository path written
 * in code style in README.md and docs/*.md, and every file path in a source file's comments, must exist. A path
 * with a placeholder (`lib/<domain>/actions.ts`) or a wildcard is a pattern, not a name, and is skipped.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const TOP = "(?:app|components|content|deploy|docs|lib|messages|prisma|public|scripts|tests)";
const PATH_IN_CODE_STYLE = new RegExp(`\`(${TOP}/[^\`\\s]*)\``, "g");
// In a comment: a whole path with a file extension, not the tail of an import ("@/lib/…", "./lib/…") or a URL,
// nor the start of a longer name (deploy/nginx.conf.template); a full stop after it ends a sentence.
const FILE_IN_SOURCE = new RegExp(`(?<![\\w/.@-])(${TOP}/[\\w.\\[\\]/-]*?\\.(?:tsx?|mdx?|json|conf|sql|sh))(?![\\w/]|\\.\\w)`, "g");
/** The comment text of a source file: `// …` to the end of the line, and the lines of a block comment. */
const comments = (source: string) =>
  source
    .split("\n")
    .map((line) => (/^\s*(?:\/\*|\*)/.test(line) ? line : (/\/\/(.*)$/.exec(line)?.[1] ?? "")))
    .join("\n");

/** A path followed by a line or an anchor (`…/handler.ts:12`, `…/deploy.md#tls`) names the file before it. */
const fileOf = (written: string) => written.replace(/[#:].*$/, "");
const isPattern = (written: string) => /[<>*…{}]/.test(written);
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const missingOf = (paths: string[]) => [...new Set(paths.filter((p) => !isPattern(p)).map(fileOf))].filter((p) => !existsSync(path.join(root, p)));

const docs = ["README.md", ...readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const docPaths = (doc: string) => [...read(doc).matchAll(PATH_IN_CODE_STYLE)].map((m) => m[1]!);
const sources = execFileSync("git", ["ls-files", "app", "components", "lib", "scripts", "tests", "proxy.ts", "next.config.ts"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("lib/generated/") && existsSync(path.join(root, f)));
const sourcePaths = (file: string) => [...comments(read(file)).matchAll(FILE_IN_SOURCE)].map((m) => m[1]!);

describe("paths named in the docs and in the code", () => {
  it("finds paths to check (the patterns still match how the docs and comments write them)", () => {
    expect(docs.flatMap(docPaths).length).toBeGreaterThan(50);
    expect(sources.flatMap(sourcePaths).length).toBeGreaterThan(50);
  });

  it.each(docs)("%s names only files and folders that exist", (doc) => {
    expect(missingOf(docPaths(doc))).toEqual([]);
  });

  it("comments in the code name only files that exist", () => {
    const missing = sources.flatMap((file) => missingOf(sourcePaths(file)).map((p) => `${file}: ${p}`));
    expect(missing).toEqual([]);
  });
});
