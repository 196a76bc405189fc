/**
 * Guide search, filters and paging: one module for the server (the no-JavaScript `/guides/search`
 * page) and the browser (answers as you type on the static `/guides`), so both give the same results.
 * Zod-free and React-free: it ships in the client bundle.
 *
 * Matching, per query word, best first: the whole word, the start of a word ("insta"), inside a word
 * ("gpt" in ChatGPT), and only for a word found nowhere in the catalogue, one typo away ("instagarm",
 * "antropic"; two for long words). Every word must match, except small words such as "how", "turn",
 * "off" that only add to the score. The platform weighs most, then the company, the title, the step
 * titles and the summary.
 */
import type { Guide } from "./parse";
import { CATEGORIES, type Category } from "./constants";
import { guideSourcingStats } from "./sourcing";

/** What a card shows. */
export type CardSummary = {
  slug: string;
  title: string;
  platform: string;
  company: string;
  summary: string;
  category: Category;
  difficulty: Difficulty;
  minutes: number;
  lastReviewed: string;
  stepCount: number;
  /** Steps backed by at least one of the platform's own pages. */
  /** Steps confirmed by a quote of the platform's own page. */
  confirmed: number;
  /**
   * "switch": a step really stops AI training; "objection": the only route is a legal objection or
   * request (often EU/UK only); "none": nothing stops training, only exposure can be limited.
   */
  optOut: OptOutKind;
};
/** What the search needs besides: the step titles. */
export type GuideCard = CardSummary & { stepTitles: string[] };
/** A card in a result list, with the step that made it match. */
export type ShownCard = CardSummary & { matchedStep?: string };

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const OPT_OUT_KINDS = ["switch", "objection", "none"] as const;
export type OptOutKind = (typeof OPT_OUT_KINDS)[number];

/** The "What you can do" filter, `?can=` in the URL. */
export const OPT_OUT_FILTERS = {
  "opt-out": "Has a real AI-training opt-out",
  "objection-only": "Only a legal objection or request",
  "no-opt-out": "No opt-out, only limits exposure",
} as const;
export type OptOutFilter = keyof typeof OPT_OUT_FILTERS;
const FILTER_KIND: Record<OptOutFilter, OptOutKind> = { "opt-out": "switch", "objection-only": "objection", "no-opt-out": "none" };

/** Guides a person is most likely to need first, suggested when a search finds nothing. */
export const STARTER_SLUGS = ["instagram", "facebook", "linkedin", "chatgpt", "x-grok", "google-gemini"];

const starterCache = new WeakMap<readonly CardSummary[], CardSummary[]>();
/** The starter guides among these cards, in STARTER_SLUGS order; looked up once per card list. */
export function starterCards<T extends CardSummary>(cards: readonly T[]): T[] {
  let starters = starterCache.get(cards);
  if (!starters) {
    const bySlug = new Map(cards.map((c) => [c.slug, c]));
    starterCache.set(cards, (starters = STARTER_SLUGS.map((slug) => bySlug.get(slug)).filter((c) => c !== undefined)));
  }
  return starters as T[];
}

/** Results per page, on the server (`?page=`) and per "Show more" in the browser. */
export const PAGE_SIZE = 30;

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
    confirmed: guideSourcingStats(guide).confirmed,
    stepTitles: guide.steps.map((s) => s.title),
    optOut: guide.steps.some((s) => s.effect === "stops-training") ? "switch" : guide.steps.some((s) => s.effect === "objects") ? "objection" : "none",
  };
}

const cardCache = new WeakMap<readonly Guide[], GuideCard[]>();
/** The cards of a guide list, made once per list (`allGuides()` returns the same array every time). */
export function guideCards(guides: readonly Guide[]): GuideCard[] {
  let cards = cardCache.get(guides);
  if (!cards) cardCache.set(guides, (cards = guides.map(toCard)));
  return cards;
}

// --- query -----------------------------------------------------------------------------------

export type GuideQuery = { q: string; category: Category | ""; can: OptOutFilter | "" };
export const EMPTY_QUERY: GuideQuery = { q: "", category: "", can: "" };
const MAX_PAGE = 10_000;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * Parses untrusted query-string values; unknown values are ignored rather than failing the page.
 * `?effect=` is the filter's old name, still read so old links keep working.
 */
export function readQuery(params: Params): { query: GuideQuery; page: number } {
  const one = (key: string) => {
    const v = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const category = one("category");
  const can = one("can") || one("effect");
  const page = Number.parseInt(one("page"), 10);
  return {
    query: {
      q: one("q").slice(0, 100),
      category: (CATEGORIES as readonly string[]).includes(category) ? (category as Category) : "",
      can: Object.hasOwn(OPT_OUT_FILTERS, can) ? (can as OptOutFilter) : "",
    },
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

export function isFiltering(query: GuideQuery): boolean {
  return Boolean(query.q.trim() || query.category || query.can);
}

export function sameQuery(a: GuideQuery, b: GuideQuery): boolean {
  return a.q === b.q && a.category === b.category && a.can === b.can;
}

// --- matching --------------------------------------------------------------------------------

export function normalize(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;
/** The lower-case words of a text, accents dropped (the ASCII fast path matters: the browser indexes every guide once). */
export function words(text: string): string[] {
  const parts = NON_ASCII.test(text) ? normalize(text).split(/[^\p{L}\p{N}]+/u) : text.toLowerCase().split(/[^a-z0-9]+/);
  return parts.filter(Boolean);
}

/**
 * Words that only add to the score: a guide need not contain them to match. One list for every language
 * the site speaks (a query is matched against one language's cards, so another language's small words
 * are harmless), leaving out any that is also a real search word somewhere ("ai" is Italian for "to the").
 */
const SOFT_WORDS = new Set(
  [
    "a an and are as at be by can do does for from get how i in is it me my of off on or out own stop the to turn use using what when where which who why with you your",
    // de
    "am an auf aus bei das dem den der des die ein eine einen einer für im ich in ist mein meine meinen mit nicht ohne sie und von vom was wie wo zu zum zur",
    // fr
    "au aux avec ce comment dans de des du en est et je la le les ma mes mon par pour que qui sur un une vos votre",
    // es
    "al como con cómo de del el en es la las lo los mi mis para por que qué sin su sus tu tus un una y",
    // it
    "al alla alle come con da del della dei delle di e gli il in la le lo mi mio mia per su tu un una uno",
  ]
    .join(" ")
    .split(" ")
    .flatMap((w) => words(w)),
);

/** Field weights: a word in the platform's name counts most. */
const FIELDS = [
  ["platform", 8],
  ["company", 5],
  ["title", 4],
  ["stepTitles", 3],
  ["summary", 2],
] as const;

/** How well a query word matches a catalogue word, as a share of the field's weight. */
const EXACT = 1;
const PREFIX = 0.8;
const INSIDE = 0.35;
const TYPO = 0.5;

type Index = {
  /** The catalogue's words, each once. */
  words: string[];
  /** Per word: [card position, best field weight of the word in that card, card, weight, …], cards in order. */
  postings: number[][];
  cards: number;
  /** Every word after a "\n", in the order of `words`: a query word is found in all of them by `indexOf`, not a loop over the words. */
  text: string;
  /** Where each word starts in `text`. */
  starts: Int32Array;
};

/**
 * Made once per card list and kept for the process (the catalogue changes only with a deploy), so a
 * query costs one pass over the vocabulary, not over the guides' text.
 */
const indexCache = new WeakMap<readonly GuideCard[], Index>();

function indexOf(cards: readonly GuideCard[]): Index {
  let index = indexCache.get(cards);
  if (index) return index;
  const byWord = new Map<string, number[]>();
  cards.forEach((card, i) => {
    // Heaviest field first, so a word's first entry for a card is already its best.
    for (const [field, weight] of FIELDS) {
      const value = card[field];
      for (const word of words(Array.isArray(value) ? value.join(" ") : value)) {
        const cardsOfWord = byWord.get(word);
        if (!cardsOfWord) byWord.set(word, [i, weight]);
        else if (cardsOfWord[cardsOfWord.length - 2] !== i) cardsOfWord.push(i, weight);
      }
    }
  });
  const vocabulary = [...byWord.keys()];
  const starts = new Int32Array(vocabulary.length);
  let offset = 1;
  vocabulary.forEach((word, w) => {
    starts[w] = offset;
    offset += word.length + 1;
  });
  index = { words: vocabulary, postings: [...byWord.values()], cards: cards.length, text: `\n${vocabulary.join("\n")}`, starts };
  indexCache.set(cards, index);
  return index;
}

/** The word of `text` that the character at `at` belongs to. */
function wordAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Calls `found(word, quality)` for every catalogue word that is `token` (EXACT), starts with it (PREFIX) or, for
 * three letters or more, contains it (INSIDE). The same as testing each word in turn, at the speed of `indexOf`
 * over one string: at 100× the catalogue the vocabulary is ~8,000 words and the loop was most of a query's cost.
 */
function matchVocabulary(index: Index, token: string, found: (word: number, quality: number) => void) {
  const { words: vocabulary, text, starts } = index;
  // A word's first occurrence of the token decides: only the first can be at the word's start.
  const needle = token.length >= 3 ? token : `\n${token}`;
  const skip = needle.length - token.length;
  for (let at = text.indexOf(needle); at >= 0; ) {
    const w = wordAt(starts, at + skip);
    const word = vocabulary[w]!;
    found(w, at + skip === starts[w] ? (word.length === token.length ? EXACT : PREFIX) : INSIDE);
    at = text.indexOf(needle, starts[w]! + word.length);
  }
}

/** Typos allowed for a query word of this length. */
function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

// Three rows of the distance table, reused by every call (one thread; grown when a word is longer).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Optimal string alignment distance between `a` and the first `bLength` characters of `b` (a swap of
 * two letters is one edit), or `max + 1` once over `max`.
 */
function distance(a: string, b: string, bLength: number, max: number): number {
  if (Math.abs(a.length - bLength) > max) return max + 1;
  if (rows[0].length <= bLength) rows = [new Int32Array(bLength + 1), new Int32Array(bLength + 1), new Int32Array(bLength + 1)];
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= bLength; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= bLength; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const oldest = prevPrev;
    prevPrev = prev;
    prev = row;
    row = oldest;
  }
  return prev[bLength]!;
}

/** Optimal string alignment distance (a swap of two letters is one edit), or `max + 1` once over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  return distance(a, b, b.length, max);
}

/** Score of one query word per card position (0: no match), or null when it matches no card. */
function scoreWord(index: Index, token: string): Float64Array | null {
  const scores = new Float64Array(index.cards);
  let found = false;
  const add = (cards: number[], quality: number) => {
    found = true;
    for (let k = 0; k < cards.length; k += 2) {
      const s = cards[k + 1]! * quality;
      if (scores[cards[k]!]! < s) scores[cards[k]!] = s;
    }
  };
  const { words: vocabulary, postings } = index;
  matchVocabulary(index, token, (w, quality) => add(postings[w]!, quality));
  if (found) return scores;
  // Found nowhere as written: probably a typo.
  const budget = typoBudget(token.length);
  if (budget === 0) return null;
  for (let w = 0; w < vocabulary.length; w++) {
    const word = vocabulary[w]!;
    const d = distance(token, word, word.length, budget);
    if (d <= budget) add(postings[w]!, TYPO / d);
    else if (word.length > token.length && distance(token, word, token.length, budget) <= budget) add(postings[w]!, TYPO / 2);
  }
  return found ? scores : null;
}

function queryTokens(q: string): { hard: string[]; soft: string[] } {
  const tokens = [...new Set(words(q))];
  const hard = tokens.filter((t) => !SOFT_WORDS.has(t));
  // A query of small words only ("how to") still has to match something.
  return hard.length ? { hard, soft: tokens.filter((t) => SOFT_WORDS.has(t)) } : { hard: tokens, soft: [] };
}

function passesFilters(card: CardSummary, query: Pick<GuideQuery, "category" | "can">): boolean {
  return (!query.category || card.category === query.category) && (!query.can || card.optOut === FILTER_KIND[query.can]);
}

/** Every guide that matches, best first (without words: the given order, filtered). */
export function searchGuides(cards: readonly GuideCard[], query: Partial<GuideQuery>): GuideCard[] {
  const filters = { category: query.category ?? "", can: query.can ?? "" };
  const { hard, soft } = queryTokens(query.q ?? "");
  if (hard.length === 0) return cards.filter((c) => passesFilters(c, filters));
  const index = indexOf(cards);
  let total: Float64Array | undefined;
  for (const token of hard) {
    const scores = scoreWord(index, token);
    if (!scores) return [];
    if (!total) total = scores;
    else {
      let any = false;
      for (let i = 0; i < total.length; i++) {
        total[i] = total[i]! > 0 && scores[i]! > 0 ? total[i]! + scores[i]! : 0;
        if (total[i]! > 0) any = true;
      }
      if (!any) return [];
    }
  }
  for (const token of soft) {
    const scores = scoreWord(index, token);
    if (!scores) continue;
    for (let i = 0; i < total!.length; i++) if (total![i]! > 0 && scores[i]! > 0) total![i]! += scores[i]! / 4;
  }
  const matched: number[] = [];
  for (let i = 0; i < total!.length; i++) if (total![i]! > 0 && passesFilters(cards[i]!, filters)) matched.push(i);
  return matched.sort((a, b) => total![b]! - total![a]! || a - b).map((i) => cards[i]!);
}

function wordMatches(token: string, word: string): boolean {
  if (word.startsWith(token) || (token.length >= 3 && word.includes(token))) return true;
  const budget = typoBudget(token.length);
  return budget > 0 && distance(token, word, Math.min(word.length, token.length + budget), budget) <= budget;
}

/** The words of each step title, made once per card (cards live as long as the process, or the page in a browser). */
const titleWords = new WeakMap<readonly string[], string[][]>();

/** Which step titles matched every word of the query, to show why a guide came up. */
export function matchingSteps(card: Pick<GuideCard, "stepTitles">, q: string): string[] {
  const { hard } = queryTokens(q);
  if (!hard.length) return [];
  let perTitle = titleWords.get(card.stepTitles);
  if (!perTitle) titleWords.set(card.stepTitles, (perTitle = card.stepTitles.map(words)));
  return card.stepTitles.filter((_, i) => hard.every((token) => perTitle[i]!.some((w) => wordMatches(token, w))));
}

// --- paging ----------------------------------------------------------------------------------

export type ResultPage = {
  query: GuideQuery;
  /** The cards of this page only, without their step titles. */
  cards: ShownCard[];
  /** How many guides match in all. */
  total: number;
  /** Position of the first card in the whole result list. */
  start: number;
  page: number;
  pages: number;
};

export function shownCard(card: GuideCard, q: string): ShownCard {
  const { stepTitles, ...summary } = card;
  const matchedStep = q ? matchingSteps({ stepTitles }, q)[0] : undefined;
  return matchedStep ? { ...summary, matchedStep } : summary;
}

/** One page of a search, what the server renders and hands to the browser: its cost is one page, not the catalogue. */
export function resultPage(cards: readonly GuideCard[], query: GuideQuery, page = 1, size = PAGE_SIZE): ResultPage {
  const results = searchGuides(cards, query);
  const pages = Math.max(1, Math.ceil(results.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return { query, cards: results.slice(start, start + size).map((c) => shownCard(c, query.q)), total: results.length, start, page: current, pages };
}
