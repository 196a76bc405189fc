import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { ageInWords, plainExcerpt, reviewAge, reviewDueNote, reviewStatus, type ReviewAge } from "@/lib/content/review";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import fr from "@/messages/fr.json";
import { frontmatterSchema } from "@/lib/content/schema";
import { DEFAULT_REVIEW_EVERY_DAYS } from "@/lib/content/constants";
import { JUMP_MIN_SIGNALS, shownPeople, signalsJumped, STATS_MIN_PEOPLE } from "@/lib/jobs/step-stats";
import { readDeskFilter } from "@/lib/editor/reports";

const CATALOGUES = { en, de, fr };

const at = (iso: string) => new Date(iso);

describe("review-due dates", () => {
  it("is due on lastReviewed + reviewEvery days and overdue from the day after, whatever the time of day", () => {
    expect(reviewStatus("2026-01-01", 120, at("2026-05-01T23:59:59Z"))).toMatchObject({ dueOn: "2026-05-01", overdue: false, daysOverdue: 0, daysSinceReview: 120 });
    expect(reviewStatus("2026-01-01", 120, at("2026-05-02T00:00:00Z"))).toMatchObject({ dueOn: "2026-05-01", overdue: true, daysOverdue: 1 });
    expect(reviewStatus("2026-01-01", 120, at("2026-12-01T08:00:00Z"))).toMatchObject({ overdue: true, daysOverdue: 214 });
    expect(reviewStatus("2026-11-26", 120, at("2026-12-01T08:00:00Z"))).toMatchObject({ dueOn: "2027-03-26", overdue: false, daysOverdue: 0, daysSinceReview: 5 });
  });

  it("counts leap days and month lengths as calendar days", () => {
    expect(reviewStatus("2028-02-28", 1, at("2028-02-29T12:00:00Z"))).toMatchObject({ dueOn: "2028-02-29", overdue: false });
    expect(reviewStatus("2028-02-28", 1, at("2028-03-01T00:00:00Z"))).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect(reviewStatus("2025-12-01", 365, at("2026-12-01T12:00:00Z"))).toMatchObject({ dueOn: "2026-12-01", overdue: false });
  });

  it("says how long ago in words people use: days, weeks, months, years", () => {
    const now = at("2026-12-01T10:00:00Z");
    expect(ageInWords("2026-12-01", now)).toBe("0 days");
    expect(ageInWords("2026-11-30", now)).toBe("1 day");
    expect(ageInWords("2026-11-18", now)).toBe("13 days");
    expect(ageInWords("2026-11-17", now)).toBe("2 weeks");
    expect(ageInWords("2026-10-02", now)).toBe("8 weeks");
    expect(ageInWords("2026-10-01", now)).toBe("2 months");
    expect(ageInWords("2026-06-15", now)).toBe("5 months");
    expect(ageInWords("2025-01-01", now)).toBe("23 months");
    expect(ageInWords("2024-12-01", now)).toBe("2 years");
    // The same ages as numbers and units, for pages that word them in their own language.
    expect(reviewAge("2026-11-30", now)).toEqual({ n: 1, unit: "day" });
    expect(reviewAge("2026-10-02", now)).toEqual({ n: 8, unit: "week" });
    expect(reviewAge("2025-01-01", now)).toEqual({ n: 23, unit: "month" });
    expect(reviewAge("2024-12-01", now)).toEqual({ n: 2, unit: "year" });
  });

  it("gives the honest note only when the guide is overdue", () => {
    expect(reviewDueNote("2026-11-26", 120, at("2026-12-01T00:00:00Z"))).toBeNull();
    expect(reviewDueNote("2026-06-15", 120, at("2026-12-01T00:00:00Z"))).toEqual({ n: 5, unit: "month" });
    // A short interval is honoured too.
    expect(reviewDueNote("2026-11-01", 14, at("2026-12-01T00:00:00Z"))).toEqual({ n: 4, unit: "week" });
  });

  it("words the note's age in each language, with that language's plurals", () => {
    const words = (locale: "en" | "de" | "fr", age: ReviewAge) => createTranslator({ locale, messages: CATALOGUES[locale], namespace: "guideNotes" })("reviewChecked", age);
    expect(words("en", { n: 5, unit: "month" })).toBe("Last checked 5 months ago");
    expect(words("en", { n: 1, unit: "week" })).toBe("Last checked 1 week ago");
    expect(words("de", { n: 5, unit: "month" })).toBe("Zuletzt geprüft vor 5 Monaten");
    expect(words("de", { n: 1, unit: "year" })).toBe("Zuletzt geprüft vor 1 Jahr");
    expect(words("fr", { n: 2, unit: "week" })).toBe("Vérifié pour la dernière fois il y a 2 semaines");
  });

  it("reads reviewEvery from the frontmatter: optional, 120 by default, whole days from 1 to 730", () => {
    const base = {
      title: "Keep your posts out of AI training",
      platform: "Example",
      company: "Example",
      category: "social",
      summary: "Turn off the settings that send your posts to AI training.",
      difficulty: "easy",
      minutes: 5,
      lastReviewed: "2026-11-26",
      regions: ["all"],
      sources: [{ id: "help", title: "Help centre", url: "https://help.platform.test/ai", kind: "official" }],
      changes: [{ date: "2026-11-26", summary: "First published." }],
    };
    expect(frontmatterSchema.parse(base).reviewEvery).toBe(DEFAULT_REVIEW_EVERY_DAYS);
    expect(DEFAULT_REVIEW_EVERY_DAYS).toBe(120);
    expect(frontmatterSchema.parse({ ...base, reviewEvery: 30 }).reviewEvery).toBe(30);
    expect(frontmatterSchema.parse({ ...base, reviewEvery: 730 }).reviewEvery).toBe(730);
    for (const bad of [0, -5, 731, 1.5, "90"]) {
      const result = frontmatterSchema.safeParse({ ...base, reviewEvery: bad });
      expect(result.success, String(bad)).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual(["reviewEvery"]);
    }
  });
});

describe("step text excerpts for the desk", () => {
  it("drops MDX tags, link targets and emphasis, and cuts at a word", () => {
    expect(plainExcerpt('Open **Settings** → [Privacy](https://x.test/p) and <Region only="EU">tap</Region> *Off*.')).toBe("Open Settings → Privacy and tap Off.");
    const long = plainExcerpt("word ".repeat(100), 40);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith("word…")).toBe(true);
  });
});

describe("what the ticks say", () => {
  it("shows a count of people only from the threshold", () => {
    expect(STATS_MIN_PEOPLE).toBe(10);
    expect(shownPeople(9)).toBeNull();
    expect(shownPeople(10)).toBe(10);
    expect(shownPeople(412)).toBe(412);
  });

  it("flags a jump in the share of signals, not a steady share, a trickle or a busy step", () => {
    const row = (signals7d: number, ticks7d: number, signalsPrior30d: number, ticksPrior30d: number) => ({ signals7d, ticks7d, signalsPrior30d, ticksPrior30d });
    expect(signalsJumped(row(4, 0, 0, 12))).toBe(true); // nobody ticks it any more, people say it moved
    expect(signalsJumped(row(5, 20, 1, 100))).toBe(true); // 20 % now against 1 % before
    expect(signalsJumped(row(JUMP_MIN_SIGNALS - 1, 0, 0, 0))).toBe(false); // too few signals to mean anything
    expect(signalsJumped(row(3, 300, 0, 900))).toBe(false); // 1 % of a busy step
    expect(signalsJumped(row(3, 6, 3, 6))).toBe(false); // the same share as before
    expect(signalsJumped(row(6, 6, 4, 6))).toBe(false); // 50 % against 40 %: up, but not a jump
  });
});

describe("the desk's filter in the URL", () => {
  const guides = [{ slug: "instagram" }, { slug: "reddit" }];
  it("keeps known guides and states, and falls back to open reports of every guide", () => {
    expect(readDeskFilter({ guide: "reddit", state: "resolved" }, guides)).toEqual({ guide: "reddit", state: "resolved" });
    expect(readDeskFilter({ guide: ["instagram", "reddit"], state: "all" }, guides)).toEqual({ guide: "instagram", state: "all" });
    expect(readDeskFilter({ guide: "nope", state: "closed" }, guides)).toEqual({ guide: undefined, state: "open" });
    expect(readDeskFilter({}, guides)).toEqual({ guide: undefined, state: "open" });
  });
});
