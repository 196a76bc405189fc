import { describe, expect, it } from "vitest";
import { loadGuides } from "@/lib/content/guides";
import { readQuery, searchGuides, toCard, matchingSteps } from "@/lib/content/search";
import { appliesTo } from "@/lib/reader-region";

const cards = loadGuides().map(toCard);

describe("guide search", () => {
  it("finds a guide by platform, company and by a step title", () => {
    expect(searchGuides(cards, { q: "linkedin" })[0]?.slug).toBe("linkedin");
    expect(searchGuides(cards, { q: "Meta" }).map((c) => c.slug)).toEqual(expect.arrayContaining(["instagram", "facebook", "whatsapp"]));
    const linkedinStep = cards.find((c) => c.slug === "linkedin")!.stepTitles[0]!;
    const results = searchGuides(cards, { q: linkedinStep });
    expect(results[0]?.slug).toBe("linkedin");
    expect(matchingSteps(results[0]!, linkedinStep)).toContain(linkedinStep);
  });

  it("ignores case and accents, and needs every word to match", () => {
    expect(searchGuides(cards, { q: "CHÂTGPT" })[0]?.slug).toBe("chatgpt");
    expect(searchGuides(cards, { q: "linkedin zzzz" })).toEqual([]);
  });

  it("filters by category and by whether a real opt-out exists", () => {
    expect(searchGuides(cards, { category: "ai-assistant" }).every((c) => c.category === "ai-assistant")).toBe(true);
    const objectionOnly = searchGuides(cards, { effect: "objection-only" });
    expect(objectionOnly.map((c) => c.slug)).toContain("reddit");
    expect(objectionOnly.every((c) => c.optOut === "objection")).toBe(true);
    expect(searchGuides(cards, { effect: "no-opt-out" }).every((c) => c.optOut === "none")).toBe(true);
    const withSwitch = searchGuides(cards, { effect: "opt-out" });
    expect(withSwitch.map((c) => c.slug)).toContain("linkedin");
    expect(withSwitch.map((c) => c.slug)).not.toContain("reddit");
  });

  it("reads untrusted query strings safely", () => {
    expect(readQuery({ q: ["a", "b"], category: "nonsense", effect: "opt-out" })).toEqual({ q: "a", category: "", effect: "opt-out" });
    expect(readQuery({ q: "x".repeat(500) }).q).toHaveLength(100);
  });
});

describe("reader region", () => {
  it("marks region-only steps as not applying elsewhere", () => {
    expect(appliesTo(["EU", "UK"], "US")).toBe(false);
    expect(appliesTo(["EU", "UK"], "UK")).toBe(true);
    expect(appliesTo(["EU"], "elsewhere")).toBe(false);
    expect(appliesTo(undefined, "US")).toBe(true);
    expect(appliesTo(["US"], null)).toBe(true);
  });
});
