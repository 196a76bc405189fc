/**
 * The search index the browser downloads on the first interaction with `/guides`: only what a card
 * and the search need, one compact row per guide (positions instead of keys, vocabularies by number
 * with the vocabularies themselves in the file, so an old cached file never decodes wrongly).
 * Built at `next build` by app/[locale]/guides/index.json/route.ts; read by components/guide/GuideBrowser.tsx.
 * Zod-free and fs-free so the browser can import the reader.
 */
import { CATEGORIES, type Category } from "./constants";
import { DIFFICULTIES, OPT_OUT_KINDS, type GuideCard } from "./search";

export const SEARCH_INDEX_URL = "/guides/index.json";
export const SEARCH_INDEX_VERSION = 1;

/** [slug, platform, company, title, summary, category, difficulty, optOut, minutes, lastReviewed, confirmed, stepTitles] */
export type IndexRow = [string, string, string, string, string, number, number, number, number, string, number, string[]];

export type SearchIndex = {
  version: typeof SEARCH_INDEX_VERSION;
  categories: readonly string[];
  difficulties: readonly string[];
  optOut: readonly string[];
  guides: IndexRow[];
};

export function buildSearchIndex(cards: readonly GuideCard[]): SearchIndex {
  return {
    version: SEARCH_INDEX_VERSION,
    categories: CATEGORIES,
    difficulties: DIFFICULTIES,
    optOut: OPT_OUT_KINDS,
    guides: cards.map((c) => [
      c.slug,
      c.platform,
      c.company,
      c.title,
      c.summary,
      CATEGORIES.indexOf(c.category),
      DIFFICULTIES.indexOf(c.difficulty),
      OPT_OUT_KINDS.indexOf(c.optOut),
      c.minutes,
      c.lastReviewed,
      c.confirmed,
      c.stepTitles,
    ]),
  };
}

/** FNV-1a (32 bits) of the text, base 36: enough to tell one build's index from another's. */
export function contentVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export type IndexFile = { json: string; url: string };

/**
 * An index as served, and the URL pages fetch it from: `?v=` changes whenever the content does, so
 * the browser may keep the file for good (the route ignores the query string). Built once per input.
 */
export function versionedIndexFile<T extends object>(url: string, build: (input: T) => unknown): (input: T) => IndexFile {
  const files = new WeakMap<T, IndexFile>();
  return (input) => {
    let file = files.get(input);
    if (!file) {
      const json = JSON.stringify(build(input));
      files.set(input, (file = { json, url: `${url}?v=${contentVersion(json)}` }));
    }
    return file;
  };
}

export const searchIndexFile = versionedIndexFile<readonly GuideCard[]>(SEARCH_INDEX_URL, buildSearchIndex);

export class SearchIndexError extends Error {}

/**
 * A value an index file stores by its position in a vocabulary written in the same file (so an old
 * cached file never decodes wrongly); `error` for a value this build does not know. The plan index
 * (lib/plan/index-file.ts) decodes the same way.
 */
export function pickFromVocabulary<T extends string>(names: unknown, position: unknown, known: readonly T[], error: new (message: string) => Error = SearchIndexError): T {
  const name = Array.isArray(names) && typeof position === "number" ? names[position] : undefined;
  if (!known.includes(name as T)) throw new error(`unknown value ${String(name)}`);
  return name as T;
}

/** The cards of a downloaded index; throws `SearchIndexError` on a file of another shape or version. */
export function readSearchIndex(json: unknown): GuideCard[] {
  const index = json as Partial<SearchIndex> | null;
  if (!index || index.version !== SEARCH_INDEX_VERSION || !Array.isArray(index.guides)) throw new SearchIndexError("not a search index of this version");
  return index.guides.map((row): GuideCard => {
    if (!Array.isArray(row) || row.length !== 12 || !Array.isArray(row[11])) throw new SearchIndexError("malformed row");
    const [slug, platform, company, title, summary, category, difficulty, optOut, minutes, lastReviewed, confirmed, stepTitles] = row;
    return {
      slug,
      platform,
      company,
      title,
      summary,
      category: pickFromVocabulary<Category>(index.categories, category, CATEGORIES),
      difficulty: pickFromVocabulary(index.difficulties, difficulty, DIFFICULTIES),
      optOut: pickFromVocabulary(index.optOut, optOut, OPT_OUT_KINDS),
      minutes,
      lastReviewed,
      stepCount: stepTitles.length,
      confirmed,
      stepTitles,
    };
  });
}
