/**
 * Turns one guide file into validated data: frontmatter, the text before the steps (intro and
 * <Limits>), and each <Step> with its attributes and a hash of its text. Any violation throws a
 * ContentError naming the file and the field, which fails `next build` and the content tests.
 */
import { createHash } from "node:crypto";
import { parse as parseYaml } from "yaml";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import { frontmatterSchema, stepAttributesSchema, SLUG_PATTERN, type GuideFrontmatter, type GuideSource, type StepAttributes } from "./schema";
import { citedSources, isUnconfirmed, quotesForStep, type StepQuote } from "./sourcing";
import type { z } from "zod";

export class ContentError extends Error {
  override name = "ContentError";
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
  }
}

export type GuideStep = StepAttributes & {
  /** The ids of the guide's sources that back this step, as written in the file. */
  sources: string[];
  /** Those sources, resolved from the frontmatter, in the step's order. */
  cited: GuideSource[];
  /** Derived, never read from the file: true when none of the step's sources is official. */
  unconfirmed: boolean;
  /** The official pages' own words kept for this step (frontmatter `quotes:`), with their sources. */
  quotes: StepQuote<GuideSource>[];
  /** 1-based position in the guide. */
  number: number;
  /** MDX source of the step's text (between the tags). */
  body: string;
  /** Stable hash of what the step tells you to do; a change asks people who ticked it to re-check. */
  hash: string;
};

export type Guide = {
  slug: string;
  file: string;
  frontmatter: GuideFrontmatter;
  /** MDX before the first step: the opening paragraph and <Limits>. */
  intro: string;
  /** MDX after the last step, if any. */
  outro: string;
  steps: GuideStep[];
};

const ALLOWED_COMPONENTS = new Set(["Step", "Limits", "Region"]);
const PLACEHOLDER = /\b(TODO|TBD|FIXME|lorem ipsum|lorem)\b|example\.(com|org|net)/i;

type MdxNode = {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { offset?: number; line: number }; end: { offset?: number } };
};

export function splitFrontmatter(file: string, source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new ContentError(file, "frontmatter", "the file must start with a YAML block between --- lines");
  try {
    return { data: parseYaml(match[1] ?? ""), body: source.slice(match[0].length) };
  } catch (error) {
    throw new ContentError(file, "frontmatter", `is not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
}

function firstIssue(file: string, prefix: string, error: z.ZodError): ContentError {
  const issue = error.issues[0]!;
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
  const message = issue.code === "invalid_type" && issue.input === undefined ? "is missing" : issue.message;
  return new ContentError(file, field, message);
}

export function hashStep(step: Pick<StepAttributes, "title" | "effect" | "href" | "region" | "plans">, body: string): string {
  const normalized = body.replace(/\s+/g, " ").trim();
  const material = JSON.stringify([step.title, step.effect, step.href ?? "", step.region ?? [], step.plans ?? "", normalized]);
  return createHash("sha256").update(material).digest("hex").slice(0, 16);
}

function readAttributes(file: string, node: MdxNode): Record<string, unknown> {
  const line = node.position?.start.line ?? 0;
  const attributes: Record<string, unknown> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== "mdxJsxAttribute" || !attribute.name) {
      throw new ContentError(file, `line ${line}`, `<${node.name}> attributes must be plain name="value" pairs`);
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== "string") {
      throw new ContentError(file, `line ${line}`, `<${node.name} ${attribute.name}> must be a quoted string, not an expression`);
    }
    attributes[attribute.name] = value ?? true;
  }
  return attributes;
}

function checkTree(file: string, node: MdxNode, depth: number) {
  for (const child of node.children ?? []) {
    const line = child.position?.start.line ?? 0;
    if (child.type === "mdxjsEsm" || child.type === "mdxFlowExpression" || child.type === "mdxTextExpression") {
      throw new ContentError(file, `line ${line}`, "imports, exports and {expressions} are not allowed in guides");
    }
    if (child.type === "mdxJsxFlowElement" || child.type === "mdxJsxTextElement") {
      if (!child.name || !ALLOWED_COMPONENTS.has(child.name)) {
        throw new ContentError(file, `line ${line}`, `unknown component <${child.name ?? ""}>; use Step, Limits or Region`);
      }
      if (child.name === "Step" && depth > 0) {
        throw new ContentError(file, `line ${line}`, "<Step> must not be nested inside another element");
      }
    }
    checkTree(file, child, depth + 1);
  }
}

/** Every quote must back a real step with the words of an official source that the step cites. */
function checkQuotes(file: string, frontmatter: GuideFrontmatter, steps: readonly GuideStep[], today: string) {
  const seen = new Set<string>();
  frontmatter.quotes.forEach((quote, i) => {
    const field = `quotes.${i}`;
    const step = steps.find((s) => s.id === quote.step);
    if (!step) throw new ContentError(file, `${field}.step`, `"${quote.step}" is not a step of this guide`);
    const source = frontmatter.sources.find((s) => s.id === quote.source);
    if (!source) throw new ContentError(file, `${field}.source`, `"${quote.source}" is not one of this guide's sources`);
    if (source.kind !== "official") {
      throw new ContentError(file, `${field}.source`, `"${quote.source}" is ${source.kind}: only an official source's words confirm a step`);
    }
    if (!step.sources.includes(quote.source)) {
      throw new ContentError(file, `${field}.source`, `step "${quote.step}" does not cite "${quote.source}": add it to the step's sources="..."`);
    }
    if (quote.read > today) throw new ContentError(file, `${field}.read`, `${quote.read} is in the future`);
    const key = `${quote.step}\u0000${quote.source}\u0000${quote.text}`;
    if (seen.has(key)) throw new ContentError(file, field, "repeats another quote");
    seen.add(key);
  });
}

export type ParseOptions = { today?: string };

export function parseGuide(file: string, source: string, options: ParseOptions = {}): Guide {
  const slug = file.replace(/^.*\//, "").replace(/\.mdx$/, "");
  if (!SLUG_PATTERN.test(slug)) throw new ContentError(file, "file name", `"${slug}" is not a kebab-case slug`);
  const { data, body } = splitFrontmatter(file, source);
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) throw firstIssue(file, "", parsed.error);
  const frontmatter = parsed.data;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (frontmatter.lastReviewed > today) throw new ContentError(file, "lastReviewed", `${frontmatter.lastReviewed} is in the future`);
  frontmatter.changes.forEach((change, i) => {
    if (change.date > today) throw new ContentError(file, `changes.${i}.date`, `${change.date} is in the future`);
  });
  if (frontmatter.related.includes(slug)) throw new ContentError(file, "related", "a guide cannot be related to itself");
  const placeholder = PLACEHOLDER.exec(source);
  if (placeholder) throw new ContentError(file, "text", `contains placeholder text "${placeholder[0]}"`);

  const { intro, outro, steps } = parseGuideBody(file, body, frontmatter, today);
  return { slug, file, frontmatter, intro, outro, steps };
}

/**
 * The body of a guide (intro, <Limits>, steps) checked against its frontmatter. Shared by English guides
 * and their translations, which are read against the English frontmatter (lib/content/translations.ts).
 */
export function parseGuideBody(file: string, body: string, frontmatter: GuideFrontmatter, today: string): Pick<Guide, "intro" | "outro" | "steps"> {
  let tree: MdxNode;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as MdxNode;
  } catch (error) {
    throw new ContentError(file, "body", `is not valid MDX (${(error as Error).message})`);
  }
  checkTree(file, tree, 0);

  const children = tree.children ?? [];
  const stepNodes = children.filter((n) => n.type === "mdxJsxFlowElement" && n.name === "Step");
  if (stepNodes.length === 0) throw new ContentError(file, "steps", "a guide needs at least one <Step>");
  const hasLimits = children.some((n) => n.type === "mdxJsxFlowElement" && n.name === "Limits");
  if (!hasLimits) throw new ContentError(file, "Limits", "every guide needs a <Limits> block saying what it cannot do");

  const firstIndex = children.indexOf(stepNodes[0]!);
  const lastIndex = children.indexOf(stepNodes[stepNodes.length - 1]!);
  for (const node of children.slice(firstIndex, lastIndex + 1)) {
    if (!(node.type === "mdxJsxFlowElement" && node.name === "Step")) {
      throw new ContentError(file, `line ${node.position?.start.line ?? 0}`, "only <Step> elements may stand between the first and the last step");
    }
  }
  for (const node of children.slice(lastIndex + 1)) {
    if (node.type === "mdxJsxFlowElement" && node.name === "Limits") {
      throw new ContentError(file, "Limits", "<Limits> belongs before the steps");
    }
  }

  const seen = new Set<string>();
  const sourceIds = new Set(frontmatter.sources.map((s) => s.id));
  const steps = stepNodes.map((node, i): GuideStep => {
    const raw = readAttributes(file, node);
    const label = typeof raw.id === "string" ? `Step "${raw.id}"` : `Step ${i + 1}`;
    if ("unconfirmed" in raw) {
      throw new ContentError(file, `${label}.unconfirmed`, "is no longer an attribute: a step is unconfirmed when none of its sources is official");
    }
    if ("source" in raw) {
      throw new ContentError(file, `${label}.source`, 'is no longer an attribute: add the page to the frontmatter sources and cite its id in sources="..."');
    }
    if (raw.sources === undefined) {
      throw new ContentError(file, `${label}.sources`, 'is missing: name the ids of the guide\'s sources that back this step, e.g. sources="meta-genai"');
    }
    const result = stepAttributesSchema.safeParse(raw);
    if (!result.success) throw firstIssue(file, label, result.error);
    const attrs = result.data;
    if (seen.has(attrs.id)) throw new ContentError(file, `${label}.id`, `duplicate step id "${attrs.id}"`);
    if (attrs.right && !attrs.channel) throw new ContentError(file, `${label}.channel`, 'is missing: a request step says how the company takes it (channel="form", "email", "in-app" or "post")');
    if (!attrs.right && (attrs.channel || attrs.contact)) throw new ContentError(file, `${label}.right`, 'is missing: channel and contact belong to request steps, which say which right they use (right="object", "erase" or "access")');
    if (attrs.channel === "email" && attrs.contact && !attrs.contact.startsWith("mailto:")) throw new ContentError(file, `${label}.contact`, 'must be the company\'s privacy address (contact="mailto:...") for a request sent by email');
    seen.add(attrs.id);
    const unknown = attrs.sources.find((id) => !sourceIds.has(id));
    if (unknown) {
      throw new ContentError(file, `${label}.sources`, `"${unknown}" is not one of this guide's sources (${[...sourceIds].join(", ")})`);
    }
    const cited = citedSources(attrs.sources, frontmatter.sources);
    const inner = node.children ?? [];
    const start = inner[0]?.position?.start.offset;
    const end = inner[inner.length - 1]?.position?.end.offset;
    if (start === undefined || end === undefined) throw new ContentError(file, label, "a step needs text saying what to do");
    const stepBody = body.slice(start, end);
    const quotes = quotesForStep(attrs.id, frontmatter.quotes, frontmatter.sources);
    return { ...attrs, cited, unconfirmed: isUnconfirmed(cited), quotes, number: i + 1, body: stepBody, hash: hashStep(attrs, stepBody) };
  });
  checkQuotes(file, frontmatter, steps, today);

  const introEnd = stepNodes[0]!.position?.start.offset ?? 0;
  const outroStart = stepNodes[stepNodes.length - 1]!.position?.end.offset ?? body.length;
  return { intro: body.slice(0, introEnd), outro: body.slice(outroStart), steps };
}
