import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { loadGuides } from "@/lib/content/guides";
import { atomFeed, guideJsonLd, guideMetadata, jsonForScript, sitemapEntries } from "@/lib/content/seo";

const SITE = "https://untrain.test";
const guides = loadGuides();
const linkedin = guides.find((g) => g.slug === "linkedin")!;

describe("link previews", () => {
  it("gives a guide its title, description, canonical URL and Open Graph image", () => {
    const meta = guideMetadata(linkedin, SITE);
    expect(meta.title).toBe(linkedin.frontmatter.title);
    expect(meta.description).toBe(linkedin.frontmatter.summary);
    expect(meta.alternates?.canonical).toBe(`${SITE}/guides/linkedin`);
    const og = meta.openGraph as { url: string; images: { url: string; width: number; height: number }[] };
    expect(og.url).toBe(`${SITE}/guides/linkedin`);
    expect(og.images[0]).toMatchObject({ url: `${SITE}/guides/linkedin/opengraph-image`, width: 1200, height: 630 });
    expect((meta.twitter as { card: string }).card).toBe("summary_large_image");
  });

  it("describes every step as HowTo structured data with its own URL", () => {
    const ld = guideJsonLd(linkedin, SITE);
    expect(ld["@type"]).toBe("HowTo");
    expect(ld.step).toHaveLength(linkedin.steps.length);
    expect(ld.step[0]).toMatchObject({ "@type": "HowToStep", position: 1, name: linkedin.steps[0]!.title, url: `${SITE}/guides/linkedin#${linkedin.steps[0]!.id}` });
    expect(jsonForScript({ a: "</script><script>" })).not.toContain("</script>");
  });
});

describe("discovery", () => {
  it("lists every guide in the sitemap with its lastReviewed date", () => {
    const entries = sitemapEntries(guides, SITE);
    for (const guide of guides) {
      const entry = entries.find((e) => e.url === `${SITE}/guides/${guide.slug}`);
      expect(entry?.lastModified).toBe(guide.frontmatter.lastReviewed);
    }
    for (const e of entries) expect(Number.isNaN(Date.parse(e.lastModified))).toBe(false);
  });

  it("publishes a valid Atom feed with every guide, newest review first", () => {
    const xml = atomFeed(guides, SITE);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.title).toMatch(/Untrain/);
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    const entries = feed.entry as { id: string; updated: string; title: string; link: { "@_href": string } }[];
    expect(entries).toHaveLength(guides.length);
    for (const guide of guides) expect(entries.some((e) => e.id === `${SITE}/guides/${guide.slug}`)).toBe(true);
    const dates = entries.map((e) => Date.parse(e.updated));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const e of entries) expect(e.link["@_href"]).toBe(e.id);
  });
});

describe("other pages", () => {
  it("get a title, description, canonical path and previews", async () => {
    const { pageMetadata } = await import("@/lib/content/seo");
    const meta = pageMetadata("en", "/start", "Start here", "Why a Goodbye Meta AI post changes nothing.", { index: false });
    expect(meta).toMatchObject({
      title: "Start here",
      alternates: { canonical: "/start" },
      openGraph: { url: "/start", title: "Start here", description: "Why a Goodbye Meta AI post changes nothing." },
      twitter: { card: "summary_large_image" },
      robots: { index: false },
    });
  });
});
