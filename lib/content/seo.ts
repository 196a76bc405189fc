/** Link previews, structured data, sitemap and feed: everything that describes guides to other sites. */
import type { Metadata } from "next";
import type { Guide } from "@/lib/content/parse";
import { EFFECT_LABELS } from "@/lib/content/constants";
import { guideSourcingLine, guideSourcingStats } from "@/lib/content/sourcing";
import { feedPath, guidePath, LIST_PATH, localePath } from "@/lib/paths";
import { DEFAULT_LOCALE, LOCALES, OG_LOCALES, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export function guideUrl(siteUrl: string, slug: string, stepId?: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${siteUrl}${guidePath(slug, stepId, locale)}`;
}

/**
 * The head's alternates of a page that exists in every language: its canonical address in this one,
 * and hreflang links to each language with x-default on English (the unprefixed address).
 */
export function localeAlternates(locale: Locale, path: string, siteUrl = ""): NonNullable<Metadata["alternates"]> {
  return {
    canonical: `${siteUrl}${localePath(locale, path)}`,
    languages: { ...Object.fromEntries(LOCALES.map((l) => [l, `${siteUrl}${localePath(l, path)}`])), "x-default": `${siteUrl}${localePath(DEFAULT_LOCALE, path)}` },
  };
}

export function guideMetadata(guide: Guide, siteUrl: string, locale: Locale = DEFAULT_LOCALE): Metadata {
  const fm = guide.frontmatter;
  const url = guideUrl(siteUrl, guide.slug, undefined, locale);
  const t = translator(locale, "guideNotes.sourcing");
  const sourcing = guideSourcingLine(guideSourcingStats(guide), { t: (key, values) => t(key, values), locale });
  const image = { url: `${url}/opengraph-image`, width: 1200, height: 630, alt: `${fm.platform}: ${fm.title}. ${sourcing}.` };
  return {
    title: fm.title,
    description: fm.summary,
    alternates: localeAlternates(locale, guidePath(guide.slug), siteUrl),
    openGraph: {
      locale: OG_LOCALES[locale],
      type: "article",
      url,
      siteName: "Untrain",
      title: fm.title,
      description: fm.summary,
      modifiedTime: fm.lastReviewed,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: fm.title, description: fm.summary, images: [image.url] },
  };
}

/** schema.org HowTo: each step with its name, its URL and what it does. */
export function guideJsonLd(guide: Guide, siteUrl: string) {
  const fm = guide.frontmatter;
  return {
    "@context": "https://schema.org",
    "@type": "HowTo",
    name: fm.title,
    description: fm.summary,
    url: guideUrl(siteUrl, guide.slug),
    dateModified: fm.lastReviewed,
    totalTime: `PT${fm.minutes}M`,
    step: guide.steps.map((step) => ({
      "@type": "HowToStep",
      position: step.number,
      name: step.title,
      url: guideUrl(siteUrl, guide.slug, step.id),
      text: `${EFFECT_LABELS[step.effect]}. ${plainText(step.body)}`.slice(0, 500),
    })),
  };
}

/** JSON for a <script> element: "<" escaped so the text can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]+>/g, " ")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export type SitemapEntry = { url: string; lastModified: string; changeFrequency?: "weekly" | "monthly"; priority?: number; alternates?: { languages: Record<string, string> } };

/** The sitemap's hreflang alternates of a page that exists in every language (x-default: English). */
export function sitemapAlternates(siteUrl: string, path: string): { languages: Record<string, string> } {
  return { languages: { ...Object.fromEntries(LOCALES.map((l) => [l, `${siteUrl}${localePath(l, path)}`])), "x-default": `${siteUrl}${path}` } };
}

export function sitemapEntries(guides: Guide[], siteUrl: string): SitemapEntry[] {
  const newest = guides.map((g) => g.frontmatter.lastReviewed).sort().at(-1) ?? new Date().toISOString().slice(0, 10);
  return [
    { url: `${siteUrl}/`, lastModified: newest, changeFrequency: "weekly", priority: 1 },
    { url: `${siteUrl}/start`, lastModified: newest, changeFrequency: "monthly", priority: 0.9 },
    { url: `${siteUrl}/guides`, lastModified: newest, changeFrequency: "weekly", priority: 0.8 },
    ...guides.map((g) => ({ url: guideUrl(siteUrl, g.slug), lastModified: g.frontmatter.lastReviewed, changeFrequency: "monthly" as const, priority: 0.7 })),
  ];
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** The feed's words in its language (messages `feed.*`); English by default. */
export type FeedWords = { title: string; subtitle: string; latest: (date: string, summary: string) => string; reviewed: (date: string) => string };

const ENGLISH_FEED: FeedWords = {
  title: "Untrain: guide updates",
  subtitle: "Guides to keep your data out of AI training, by date of last review.",
  latest: (date, summary) => `Latest change (${date}): ${summary}`,
  reviewed: (date) => `Last reviewed ${date}.`,
};

/** Atom feed of guides in one language, newest review first; each entry says what changed most recently. */
export function atomFeed(guides: Guide[], siteUrl: string, locale: Locale = DEFAULT_LOCALE, words: FeedWords = ENGLISH_FEED): string {
  const sorted = [...guides].sort((a, b) => b.frontmatter.lastReviewed.localeCompare(a.frontmatter.lastReviewed) || a.slug.localeCompare(b.slug));
  const updated = `${sorted[0]?.frontmatter.lastReviewed ?? "2026-01-01"}T00:00:00Z`;
  const self = `${siteUrl}${feedPath(locale)}`;
  const entries = sorted.map((g) => {
    const fm = g.frontmatter;
    const url = guideUrl(siteUrl, g.slug, undefined, locale);
    const latest = fm.changes[0];
    return `  <entry>
    <title>${xml(`${fm.platform}: ${fm.title}`)}</title>
    <id>${xml(url)}</id>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <updated>${fm.lastReviewed}T00:00:00Z</updated>
    <category term="${xml(fm.category)}"/>
    <summary type="text">${xml(`${fm.summary}${latest ? ` ${words.latest(latest.date, latest.summary)}` : ""} ${words.reviewed(fm.lastReviewed)}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <title>${xml(words.title)}</title>
  <subtitle>${xml(words.subtitle)}</subtitle>
  <id>${xml(self)}</id>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${siteUrl}${localePath(locale, LIST_PATH)}`)}"/>
  <updated>${updated}</updated>
  <author><name>Untrain</name></author>
${entries.join("\n")}
</feed>
`;
}

/** Metadata for a page that is not a guide: title, description, canonical and hreflang alternates, Open Graph and Twitter. */
export function pageMetadata(locale: Locale, path: string, title: string, description: string, options: { index?: boolean; imageAlt?: string } = {}): Metadata {
  // A page's own openGraph replaces the inherited one, image included: name the site image in this language (app/[locale]/opengraph-image.tsx).
  const image = { url: localePath(locale, "/opengraph-image"), width: 1200, height: 630, alt: options.imageAlt ?? "Untrain" };
  return {
    title,
    description,
    alternates: localeAlternates(locale, path),
    openGraph: { type: "website", siteName: "Untrain", locale: OG_LOCALES[locale], url: localePath(locale, path), title, description, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
    ...(options.index === false ? { robots: { index: false } } : {}),
  };
}
