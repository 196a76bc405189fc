/**
 * Guide search and filters, shared by the server (the no-JavaScript `/guides?q=` path) and the
 * browser (answers as you type) so both give the same results.
 */
import type { Guide } from "./parse";
import { CATEGORIES, type Category } from "./constants";

export type GuideCard = {
  slug: string;
  title: string;
  platform: string;
  company: string;
  summary: string;
  category: Category;
  difficulty: "easy" | "medium" | "hard";
  minutes: number;
  lastReviewed: string;
  stepCount: number;
  stepTitles: string[];
  /**
   * "switch": a step really stops AI training; "objection": the only route is a legal objection or
   * request (often EU/UK only); "none": nothing stops training, only exposure can be limited.
   */
  optOut: OptOutKind;
};

export type OptOutKind = "switch" | "objection" | "none";
export const OPT_OUT_FILTERS = {
  "opt-out": "Has a real AI-training opt-out",
  "objection-only": "Only a legal objection or request",
  "no-opt-out": "No opt-out, only limits exposure",
} as const;
const FILTER_KIND: Record<OptOutFilter, OptOutKind> = { "opt-out": "switch", "objection-only": "objection", "no-opt-out": "none" };
export const OPT_OUT_LABELS: Record<OptOutKind, string> = { switch: "Has an opt-out", objection: "Objection only", none: "No opt-out" };
export type OptOutFilter = keyof typeof OPT_OUT_FILTERS;

export function toCard(guide: Guide): GuideCard {
  const fm = guide.frontmatter;
  return {
    slug: guide.slug,
    title: fm.title,
    platform: fm.platform,
    company: fm.company,
    summary: fm.summary,
    category: fm.category,
    difficulty: fm.difficulty,
    minutes: fm.minutes,
    lastReviewed: fm.lastReviewed,
    stepCount: guide.steps.length,
    stepTitles: guide.steps.map((s) => s.title),
    optOut: guide.steps.some((s) => s.effect === "stops-training") ? "switch" : guide.steps.some((s) => s.effect === "objects") ? "objection" : "none",
  };
}

export function normalize(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export type GuideQuery = { q?: string; category?: string; effect?: string };

/** Parses untrusted query-string values; unknown values are ignored rather than failing the page. */
export function readQuery(params: Record<string, string | string[] | undefined>): { q: string; category: Category | ""; effect: OptOutFilter | "" } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const q = one(params.q).slice(0, 100);
  const category = one(params.category);
  const effect = one(params.effect);
  return {
    q,
    category: (CATEGORIES as readonly string[]).includes(category) ? (category as Category) : "",
    effect: effect in OPT_OUT_FILTERS ? (effect as OptOutFilter) : "",
  };
}

function score(card: GuideCard, tokens: string[]): number {
  let total = 0;
  for (const token of tokens) {
    const fields: [string, number][] = [
      [card.platform, 8],
      [card.company, 5],
      [card.title, 4],
      [card.stepTitles.join(" \u0000 "), 3],
      [card.summary, 2],
    ];
    let best = 0;
    for (const [field, weight] of fields) {
      const text = normalize(field);
      if (text.includes(token)) best = Math.max(best, weight + (new RegExp(`(^|\\W)${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(text) ? 1 : 0));
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

export function searchGuides(cards: GuideCard[], query: GuideQuery): GuideCard[] {
  const tokens = normalize(query.q ?? "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const filtered = cards.filter(
    (c) =>
      (!query.category || c.category === query.category) &&
      (!query.effect || c.optOut === FILTER_KIND[query.effect as OptOutFilter]),
  );
  if (tokens.length === 0) return filtered;
  return filtered
    .map((card) => ({ card, score: score(card, tokens) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.card.platform.localeCompare(b.card.platform))
    .map((r) => r.card);
}

/** Which step titles matched, to show why a guide came up. */
export function matchingSteps(card: GuideCard, q: string): string[] {
  const tokens = normalize(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!tokens.length) return [];
  return card.stepTitles.filter((t) => tokens.every((token) => normalize(t).includes(token)));
}

export const CATEGORY_LABELS: Record<Category, string> = {
  social: "Social media",
  messaging: "Messaging",
  professional: "Professional",
  "ai-assistant": "AI assistants",
  creative: "Creative tools",
  productivity: "Productivity",
  shopping: "Shopping",
  search: "Search",
};

/** Guides a person is most likely to need first, suggested when a search finds nothing. */
export const STARTER_SLUGS = ["instagram", "facebook", "linkedin", "chatgpt", "x-grok", "google-gemini"];
