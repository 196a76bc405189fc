import { describe, expect, it } from "vitest";
import { loadGuides } from "@/lib/content/guides";
import { localizedGuides } from "@/lib/content/translations";
import {
  EMPTY_QUERY,
  PAGE_SIZE,
  editDistance,
  guideCards,
  matchingSteps,
  readQuery,
  resultPage,
  searchGuides,
  toCard,
  words,
  type GuideCard,
  type GuideQuery,
} from "@/lib/content/search";
import { queryString, searchPath } from "@/lib/paths";
import { SearchIndexError, buildSearchIndex, readSearchIndex } from "@/lib/content/search-index";
import { appliesTo, parseReaderRegion, READER_REGIONS } from "@/lib/plan/reader-region";
import { REGION_CODES, REGION_LABELS, REGIONS } from "@/lib/content/constants";

const guides = loadGuides();
const cards = guideCards(guides);
const slugs = (q: string, query: Partial<GuideQuery> = {}) => searchGuides(cards, { ...query, q }).map((c) => c.slug);

/** `n` synthetic cards, numbered, to test paging beyond the real catalogue. */
function manyCards(n: number): GuideCard[] {
  const base = cards[0]!;
  return Array.from({ length: n }, (_, i) => ({ ...base, slug: `guide-${i}`, platform: `Platform ${String(i).padStart(4, "0")}` }));
}

describe("guide search", () => {
  it("finds a guide by platform, company and by a step title", () => {
    expect(slugs("linkedin")[0]).toBe("linkedin");
    expect(slugs("Meta").slice(0, 6).sort()).toEqual(["facebook", "instagram", "meta-ai", "meta-third-party-information", "threads", "whatsapp"]);
    const linkedinStep = cards.find((c) => c.slug === "linkedin")!.stepTitles[0]!;
    const results = searchGuides(cards, { q: linkedinStep });
    expect(results[0]?.slug).toBe("linkedin");
    expect(matchingSteps(results[0]!, linkedinStep)).toContain(linkedinStep);
  });

  it("ranks the platform's own guide above guides that only mention it", () => {
    expect(slugs("instagram ai")).toEqual(["instagram", "meta-ai", "threads"]);
    expect(slugs("voice")[0]).toBe("amazon-alexa");
    expect(slugs("copilot").sort()).toEqual(["github-copilot", "microsoft-copilot"]);
    // Inside a word: "gpt" is part of ChatGPT.
    expect(slugs("gpt")[0]).toBe("chatgpt");
  });

  it("ignores case and accents, and needs every word to match except small ones", () => {
    expect(slugs("CHÂTGPT")[0]).toBe("chatgpt");
    expect(slugs("linkedin zzzz")).toEqual([]);
    expect(slugs("how to turn off instagram ai training")[0]).toBe("instagram");
    expect(slugs("how to").length).toBeGreaterThan(0);
  });

  it("forgives a typo only in words the catalogue does not have", () => {
    expect(slugs("instagarm")[0]).toBe("instagram");
    expect(slugs("chatgtp")[0]).toBe("chatgpt");
    expect(slugs("linkdin")).toEqual(["linkedin"]);
    expect(slugs("antropic")[0]).toBe("claude");
    expect(slugs("facbook posts")).toEqual(["facebook"]);
    // "meta" is a real word here, so "beta"-like neighbours are not pulled in.
    for (const slug of slugs("meta")) expect(JSON.stringify(cards.find((c) => c.slug === slug)).toLowerCase()).toContain("meta");
    expect(editDistance("chatgtp", "chatgpt", 1)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });

  it("filters by category and by whether a real opt-out exists", () => {
    expect(searchGuides(cards, { category: "ai-assistant" }).every((c) => c.category === "ai-assistant")).toBe(true);
    const objectionOnly = searchGuides(cards, { can: "objection-only" });
    expect(objectionOnly.map((c) => c.slug)).toContain("reddit");
    expect(objectionOnly.every((c) => c.optOut === "objection")).toBe(true);
    expect(searchGuides(cards, { can: "no-opt-out" }).every((c) => c.optOut === "none")).toBe(true);
    const withSwitch = searchGuides(cards, { can: "opt-out" });
    expect(withSwitch.map((c) => c.slug)).toContain("linkedin");
    expect(withSwitch.map((c) => c.slug)).not.toContain("reddit");
    expect(slugs("meta", { category: "messaging" })).toEqual(["whatsapp"]);
  });

  it("keeps the catalogue order without words", () => {
    expect(searchGuides(cards, {}).map((c) => c.slug)).toEqual(cards.map((c) => c.slug));
  });

  it("reads untrusted query strings safely, and writes them back", () => {
    expect(readQuery({ q: ["a", "b"], category: "nonsense", can: "opt-out" })).toEqual({ query: { q: "a", category: "", can: "opt-out" }, page: 1 });
    expect(readQuery({ q: "x".repeat(500) }).query.q).toHaveLength(100);
    expect(readQuery({ can: "__proto__", page: "-3" })).toEqual({ query: EMPTY_QUERY, page: 1 });
    expect(readQuery({ page: "99999999" }).page).toBe(10_000);
    // The filter's old name still works.
    expect(readQuery({ effect: "no-opt-out" }).query.can).toBe("no-opt-out");
    const query: GuideQuery = { q: "chat history", category: "ai-assistant", can: "opt-out" };
    expect(readQuery(new URLSearchParams(queryString(query, 3)))).toEqual({ query, page: 3 });
    expect(searchPath(EMPTY_QUERY)).toBe("/guides");
    expect(searchPath({ ...EMPTY_QUERY, q: "meta" }, 2)).toBe("/guides/search?q=meta&page=2");
  });
});

describe("matching the vocabulary (one indexOf over the joined words, not a loop over them)", () => {
  /** What a card matches, word by word, as the search defines it: the whole word, its start, or inside it from three letters. */
  const reference = (list: readonly GuideCard[], token: string) =>
    list
      .filter((c) => words([c.platform, c.company, c.title, ...c.stepTitles, c.summary].join(" ")).some((w) => w.startsWith(token) || (token.length >= 3 && w.includes(token))))
      .map((c) => c.slug)
      .sort();

  it("finds the same guides as testing every word, wherever the word sits in the vocabulary", () => {
    const vocabulary = [...new Set(cards.flatMap((c) => words([c.platform, c.company, c.title, ...c.stepTitles, c.summary].join(" "))))];
    // The first and last words, and every 11th between: whole words, their first one or two letters, a middle and an end.
    const sample = vocabulary.filter((_, i) => i % 11 === 0 || i === vocabulary.length - 1);
    const tokens = new Set(sample.flatMap((w) => [w, w.slice(0, 1), w.slice(0, 2), w.slice(1, 4), w.slice(-4)]).filter((t) => t.length > 0));
    expect(tokens.size).toBeGreaterThan(200);
    for (const token of tokens) {
      expect(
        searchGuides(cards, { q: token })
          .map((c) => c.slug)
          .sort(),
        token,
      ).toEqual(reference(cards, token));
    }
  });

  it("ranks the whole word over its start over inside it, and short words match only at a start", () => {
    const named = (platform: string, slug: string): GuideCard => ({ ...cards[0]!, slug, platform, company: "", title: "", summary: "", stepTitles: [] });
    const list = [named("Xabc", "inside"), named("Abcd", "start"), named("Abc", "whole"), named("Zab", "elsewhere"), named("Ab", "short")];
    expect(searchGuides(list, { q: "abc" }).map((c) => c.slug)).toEqual(["whole", "start", "inside"]);
    // "ab" is the whole of "Ab" and the start of "Abcd" and "Abc" (equal scores keep the list order), and not inside "Xabc" or "Zab".
    expect(searchGuides(list, { q: "ab" }).map((c) => c.slug)).toEqual(["short", "start", "whole"]);
    expect(searchGuides(list, { q: "bcd" }).map((c) => c.slug)).toEqual(["start"]);
    expect(searchGuides(list, { q: "zab" }).map((c) => c.slug)).toEqual(["elsewhere"]);
  });
});

describe("result pages", () => {
  const big = manyCards(95);

  it("returns one page of cards, the total and where it starts", () => {
    const first = resultPage(big, EMPTY_QUERY);
    expect(first).toMatchObject({ total: 95, start: 0, page: 1, pages: 4 });
    expect(first.cards).toHaveLength(PAGE_SIZE);
    const last = resultPage(big, EMPTY_QUERY, 4);
    expect(last).toMatchObject({ start: 90, page: 4 });
    expect(last.cards.map((c) => c.slug)).toEqual(["guide-90", "guide-91", "guide-92", "guide-93", "guide-94"]);
    // Past the end: the last page, never an empty one.
    expect(resultPage(big, EMPTY_QUERY, 50).page).toBe(4);
    expect(resultPage(big, { ...EMPTY_QUERY, q: "zzzz" })).toMatchObject({ total: 0, page: 1, pages: 1, cards: [] });
  });

  it("hands the browser cards without step titles, with the step that matched", () => {
    const page = resultPage(cards, { ...EMPTY_QUERY, q: "fediverse" });
    expect(page.cards[0]).toMatchObject({ slug: "threads", matchedStep: "Stop sharing your posts to the fediverse" });
    expect(page.cards[0]).not.toHaveProperty("stepTitles");
  });
});

describe("search index", () => {
  const index = buildSearchIndex(cards);

  it("round-trips every card exactly", () => {
    expect(readSearchIndex(JSON.parse(JSON.stringify(index)))).toEqual(cards);
  });

  it("holds only what a card and the search need", () => {
    const fields = new Set(Object.keys(cards[0]!));
    expect(fields).toEqual(
      new Set(["slug", "title", "platform", "company", "summary", "category", "difficulty", "minutes", "lastReviewed", "stepCount", "confirmed", "stepTitles", "optOut"]),
    );
    const json = JSON.stringify(index);
    // No step bodies, sources or intro text: only titles.
    expect(json).not.toContain("https://");
    expect(json).not.toContain(guides[0]!.intro.trim().slice(0, 40));
    const perGuide = json.length / cards.length;
    expect(perGuide).toBeLessThan(700);
  });

  it("counts the steps confirmed on the platform's own pages", () => {
    for (const guide of guides) {
      const card = toCard(guide);
      expect(card.confirmed).toBeGreaterThanOrEqual(0);
      expect(card.confirmed).toBeLessThanOrEqual(card.stepCount);
    }
  });

  it("refuses a file of another version or shape", () => {
    expect(() => readSearchIndex(null)).toThrow(SearchIndexError);
    expect(() => readSearchIndex({ ...index, version: 2 })).toThrow(SearchIndexError);
    expect(() => readSearchIndex({ ...index, guides: [["x"]] })).toThrow(SearchIndexError);
    expect(() => readSearchIndex({ ...index, categories: ["nope"] })).toThrow(SearchIndexError);
  });

  it("leaves no guide unreachable behind the static routes next to /guides/[slug]", () => {
    expect(cards.map((c) => c.slug)).not.toContain("search");
  });
});

describe("reader region", () => {
  it("marks region-only steps as not applying elsewhere", () => {
    expect(appliesTo(["EU", "UK"], "US")).toBe(false);
    expect(appliesTo(["EU", "UK"], "UK")).toBe(true);
    expect(appliesTo(["EU"], "other")).toBe(false);
    expect(appliesTo(undefined, "US")).toBe(true);
    expect(appliesTo(["US"], null)).toBe(true);
  });

  it("reads a stored choice, including the `elsewhere` that older versions stored, and nothing else", () => {
    expect(parseReaderRegion("CH")).toBe("CH");
    expect(parseReaderRegion("other")).toBe("other");
    expect(parseReaderRegion("elsewhere")).toBe("other");
    for (const junk of ["constructor", "toString", "KR", "eu", "", null]) expect(parseReaderRegion(junk)).toBeNull();
  });

  it("has one region table: the reader's choices, the plan's regions and the guides' labels read the same rows", () => {
    expect(READER_REGIONS).toEqual({ EU: "EU / EEA", UK: "UK", CH: "Switzerland", US: "US", other: "Elsewhere" });
    for (const code of REGION_CODES) expect(REGION_LABELS[code]).toBe(REGIONS[code].label);
    for (const code of Object.keys(READER_REGIONS) as (keyof typeof READER_REGIONS)[]) expect(REGIONS[code].liveHere).toBeTruthy();
  });
});

describe("search in each language", () => {
  it("finds a guide by the words of its translation", () => {
    const german = guideCards(localizedGuides("de"));
    const found = searchGuides(german, { q: "KI-Training" }).map((c) => c.slug);
    expect(found).toContain("instagram");
    expect(searchGuides(german, { q: "Instagram KI-Training für meine Beiträge" }).map((c) => c.slug)[0]).toBe("instagram");
    const french = guideCards(localizedGuides("fr"));
    expect(searchGuides(french, { q: "publications Instagram et entrainement de l'IA" }).map((c) => c.slug)[0]).toBe("instagram");
  });
});
