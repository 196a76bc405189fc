/**
 * All guides, read from content/guides once per process. Cross-file rules (related slugs exist)
 * live here; single-file rules live in parse.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ContentError, parseGuide, type Guide, type ParseOptions } from "./parse";
import type { Category, Effect, RegionCode } from "./constants";
import { UserFacingError } from "@/lib/http/errors";
import { reviewGuides, type ReviewGuide } from "./review";
import type { PlanGuide } from "@/lib/plan/rules";
import { stepById } from "@/lib/content/steps";
import { readCatalogue } from "./catalogue-file";

export const GUIDES_DIR = path.join(process.cwd(), "content/guides");

/** `dir` is a parameter so tests can load fixture folders; content/ is traced via next.config.ts. */
export function loadGuides(dir: string = GUIDES_DIR, options: ParseOptions = {}): Guide[] {
  const files = readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".mdx")).sort();
  const label = path.relative(process.cwd(), dir) || dir;
  const guides = files.map((f) => parseGuide(`${label}/${f}`, readFileSync(path.join(/*turbopackIgnore: true*/ dir, f), "utf8"), options));
  const slugs = new Set(guides.map((g) => g.slug));
  for (const guide of guides) {
    for (const related of guide.frontmatter.related) {
      if (!slugs.has(related)) throw new ContentError(guide.file, "related", `"${related}" is not a guide (no content/guides/${related}.mdx)`);
    }
  }
  return guides.sort((a, b) => a.frontmatter.platform.localeCompare(b.frontmatter.platform));
}

/**
 * The process's guides, on globalThis: Next.js bundles this module more than once (instrumentation.ts,
 * pages, route handlers), and each copy would otherwise read the catalogue again on its first request.
 */
const shared = globalThis as typeof globalThis & { untrainGuides?: Guide[]; untrainGuidesBySlug?: Map<string, Guide> };

/** Every guide: the build's catalogue on a production server (no parsing), else parsed from content/guides. */
export function allGuides(): Guide[] {
  shared.untrainGuides ??= readCatalogue() ?? loadGuides();
  return shared.untrainGuides;
}

/** One guide by slug, through a map built once (a guide's footer looks up each related guide: no scan of the list per page). */
export function findGuide(slug: string): Guide | undefined {
  shared.untrainGuidesBySlug ??= new Map(allGuides().map((g) => [g.slug, g]));
  return shared.untrainGuidesBySlug.get(slug);
}

export type ManifestStep = { id: string; title: string; hash: string; number: number };
/** A step as the checklist sees it: `region` when it only applies in some regions (its counts leave it out elsewhere). */
export type OutlineStep = ManifestStep & { region?: RegionCode[]; effect?: Effect };
/** What the checklist needs of a guide: no MDX bodies. */
export type GuideOutline = { slug: string; platform: string; title: string; category: Category; steps: OutlineStep[] };

/** A guide as the checklist sees it; also for translated guides (lib/content/translations.ts). */
export function outlineOf(g: Guide): GuideOutline {
  return {
    slug: g.slug,
    platform: g.frontmatter.platform,
    title: g.frontmatter.title,
    category: g.frontmatter.category,
    steps: g.steps.map(({ id, title, hash, number, region, effect }) => ({ id, title, hash, number, effect, ...(region ? { region } : {}) })),
  };
}

let outlines: GuideOutline[] | undefined;
export function guideOutlines(): GuideOutline[] {
  outlines ??= allGuides().map(outlineOf);
  return outlines;
}

let manifest: Map<string, ManifestStep[]> | undefined;
/** guide slug → its steps; what the server checks every tick against. Built once: guides only change with a deploy. */
export function stepManifest(): Map<string, ManifestStep[]> {
  manifest ??= new Map(guideOutlines().map((g) => [g.slug, g.steps]));
  return manifest;
}

export type Manifest = Map<string, ManifestStep[]>;

/** The one step lookup for every entry point: a 422 in words when the guide or step does not exist. */
export function findStep(manifest: Manifest, guide: string, stepId: string): ManifestStep {
  const steps = manifest.get(guide);
  if (!steps) throw new UserFacingError(422, `There is no guide called "${guide}".`, "unknown-guide", { guide });
  const step = stepById(steps, stepId);
  if (!step) throw new UserFacingError(422, `The ${guide} guide has no step "${stepId}".`, "unknown-step", { guide, step: stepId });
  return step;
}

let forReview: ReviewGuide[] | undefined;
/** The guides as the editor desk, the stale list and the digest see them (excerpts, review dates). */
export function guidesForReview(): ReviewGuide[] {
  forReview ??= reviewGuides(allGuides());
  return forReview;
}

/** What the plan builder orders and counts of one guide: its minutes and its steps' effects and regions (no MDX). */
export function planGuideOf(g: Guide): PlanGuide {
  return {
    slug: g.slug,
    platform: g.frontmatter.platform,
    category: g.frontmatter.category,
    minutes: g.frontmatter.minutes,
    steps: g.steps.map(({ id, title, number, effect, region }) => ({ id, title, number, effect, ...(region ? { region } : {}) })),
  };
}

let forPlan: PlanGuide[] | undefined;
export function planGuides(): PlanGuide[] {
  forPlan ??= allGuides().map(planGuideOf);
  return forPlan;
}
