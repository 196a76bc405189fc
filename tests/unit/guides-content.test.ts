/** The real guides in content/: the rules of CONTENT.md that every published guide must keep. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadGuides } from "@/lib/content/guides";
import { startGuide } from "@/lib/content/start";

const guides = loadGuides();
const SEED = ["instagram", "facebook", "whatsapp", "meta-ai", "threads", "linkedin", "discord", "snapchat", "x-grok", "reddit", "chatgpt"];

describe("content/guides", () => {
  it("has at least 25 guides, all valid", () => {
    expect(guides.length).toBeGreaterThanOrEqual(25);
  });

  it("has every seed platform", () => {
    const slugs = guides.map((g) => g.slug);
    for (const slug of SEED) expect(slugs, `missing content/guides/${slug}.mdx`).toContain(slug);
  });

  it.each(guides.map((g) => [g.slug, g] as const))("%s keeps the rules", (_slug, guide) => {
    const source = readFileSync(`content/guides/${guide.slug}.mdx`, "utf8");
    const ids = guide.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(source).toMatch(/<Limits>[\s\S]+?<\/Limits>/);
    expect(guide.frontmatter.sources.some((s) => s.url.startsWith("https://"))).toBe(true);
    expect(source).not.toMatch(/\b(TODO|TBD|FIXME)\b|lorem|example\.com/i);
    for (const step of guide.steps) {
      if (step.href) expect(step.href).toMatch(/^https:\/\//);
      if (step.source) expect(step.source).toMatch(/^https:\/\//);
      // An unconfirmed step must tell the reader so in its own words.
      if (step.unconfirmed) expect(step.body.toLowerCase()).toMatch(/confirm|could not|couldn.t|not found|third-party|independent|reported|how-to|not from/);
    }
    for (const slug of guide.frontmatter.related) expect(guides.some((g) => g.slug === slug)).toBe(true);
  });

  it("has a Start here guide", () => {
    const start = startGuide();
    expect(start.body.length).toBeGreaterThan(1000);
    expect(start.frontmatter.sources.length).toBeGreaterThan(0);
    for (const link of start.body.matchAll(/\]\(\/guides\/([a-z0-9-]+)\)/g)) {
      expect(guides.some((g) => g.slug === link[1]), `start.mdx links to /guides/${link[1]}`).toBe(true);
    }
  });
});
