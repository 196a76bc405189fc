import { readFileSync } from "node:fs";
import path from "node:path";
import { ContentError, splitFrontmatter } from "./parse";
import { startFrontmatterSchema, type StartFrontmatter } from "./schema";

export type StartGuide = { frontmatter: StartFrontmatter; body: string };

export function parseStartGuide(file: string, source: string): StartGuide {
  const { data, body } = splitFrontmatter(file, source);
  const parsed = startFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, issue.path.join(".") || "frontmatter", issue.message);
  }
  return { frontmatter: parsed.data, body };
}

let cache: StartGuide | undefined;
/** The "Start here" text (content/start.mdx), shown on the home page and at /start. */
export function startGuide(): StartGuide {
  cache ??= parseStartGuide("content/start.mdx", readFileSync(path.join(process.cwd(), "content", "start.mdx"), "utf8"));
  return cache;
}
