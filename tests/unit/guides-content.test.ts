/** The real guides in content/: the rules of CONTENT.md that every published guide must keep. */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parseGuide } from "@/lib/content/parse";
import { startGuide } from "@/lib/content/start";
import { deniedSource, mirrorSources } from "@/lib/content/deny-list";
import { citedSources, stepConfirmation } from "@/lib/content/sourcing";

/** A step with no official source must say so in its own text. */
const SAYS_UNCONFIRMED = /not confirmed|could not confirm|unconfirmed/i;
/** A step resting on community sources alone must say where it comes from. */
const SAYS_COMMUNITY = /community|users|forum/i;
/** A step backed by an official page must not carry the old "could not confirm" wording. */
const DENIES_CONFIRMATION = /could not confirm|not confirmed/i;

// Each file is parsed in its own test, so one broken guide fails alone and names itself.
const files = readdirSync("content/guides").filter((f) => f.endsWith(".mdx")).sort();
const slugs = files.map((f) => f.replace(/\.mdx$/, ""));
const SEED = ["instagram", "facebook", "whatsapp", "meta-ai", "threads", "linkedin", "discord", "snapchat", "x-grok", "reddit", "chatgpt"];

describe("content/guides", () => {
  it("has at least 25 guides", () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it("has every seed platform", () => {
    for (const slug of SEED) expect(slugs, `missing content/guides/${slug}.mdx`).toContain(slug);
  });

  it.each(slugs)("%s parses and keeps the rules", (slug) => {
    const source = readFileSync(`content/guides/${slug}.mdx`, "utf8");
    const guide = parseGuide(`content/guides/${slug}.mdx`, source);
    const ids = guide.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(source).toMatch(/<Limits>[\s\S]+?<\/Limits>/);
    expect(source).not.toMatch(/\b(TODO|TBD|FIXME)\b|lorem|example\.com/i);
    for (const s of guide.frontmatter.sources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(deniedSource(s.url), `source "${s.id}" (${s.url}) is on the deny-list`).toBeUndefined();
    }
    expect(
      mirrorSources(guide.frontmatter.sources).map((s) => s.id),
      "sources that copy another outlet's article: cite the original outlet",
    ).toEqual([]);
    for (const step of guide.steps) {
      if (step.href) expect(step.href).toMatch(/^https:\/\//);
      expect(step.sources.length, `step "${step.id}" names no source`).toBeGreaterThanOrEqual(1);
      const confirmation = stepConfirmation(citedSources(step.sources, guide.frontmatter.sources), step.quotes);
      expect(step.unconfirmed).toBe(confirmation.unconfirmed);
      if (confirmation.unconfirmed) {
        expect(step.body, `step "${step.id}" has no official source and must say it is not confirmed`).toMatch(SAYS_UNCONFIRMED);
      } else {
        expect(step.body, `step "${step.id}" is confirmed by an official source and must not say otherwise`).not.toMatch(DENIES_CONFIRMATION);
      }
      if (step.effect === "objects") {
        expect(step.right, `step "${step.id}" is an objection or request: say which right it uses (right=), how it is sent (channel=) and where (contact=)`).toBeDefined();
        expect(step.channel, `step "${step.id}" needs channel=`).toBeDefined();
      }
      if (confirmation.status === "community") {
        expect(step.body, `step "${step.id}" rests on community sources alone and must say so`).toMatch(SAYS_COMMUNITY);
      }
    }
    for (const related of guide.frontmatter.related) expect(slugs, `related: "${related}" is not a guide`).toContain(related);
  });

  it("has a Start here guide", () => {
    const start = startGuide();
    expect(start.body.length).toBeGreaterThan(1000);
    expect(start.frontmatter.sources.length).toBeGreaterThan(0);
    for (const s of start.frontmatter.sources) expect(deniedSource(s.url), s.url).toBeUndefined();
    for (const link of start.body.matchAll(/\]\(\/guides\/([a-z0-9-]+)\)/g)) {
      expect(slugs, `start.mdx links to /guides/${link[1]}`).toContain(link[1]);
    }
  });
});
