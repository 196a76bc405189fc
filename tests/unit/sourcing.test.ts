import { describe, expect, it } from "vitest";
import {
  citedSources,
  confirmationLine,
  guideSourcingLine,
  guideSourcingStats,
  isUnconfirmed,
  lineText,
  percent,
  possessive,
  siteSourcingLine,
  siteSourcingStats,
  stepConfirmation,
  quotesForStep,
  type QuoteRef,
  type SourceRef,
  type StepQuote,
  type SourcedGuide,
  type SourcingWords,
} from "@/lib/content/sourcing";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import fr from "@/messages/fr.json";

/** The sourcing sentences' words from the real catalogues, as a page gets them. */
function words(locale: Extract<Locale, "en" | "de" | "fr">): SourcingWords {
  const t = createTranslator({ locale, messages: { en, de, fr }[locale], namespace: "guideNotes.sourcing" });
  return { t: (key, values) => t(key, values), locale };
}
const EN = words("en");
import { DENY_LIST, deniedSource, mirrorSources } from "@/lib/content/deny-list";

const official: SourceRef = { id: "li-help", title: "Data for Generative AI Improvement (LinkedIn Help)", url: "https://www.linkedin.com/help/a1", kind: "official" };
const press: SourceRef = { id: "pcmag-li", title: "How to stop LinkedIn training AI (PCMag)", url: "https://www.pcmag.com/how-to/li", kind: "press", publisher: "PCMag" };
const press2: SourceRef = { id: "verge-li", title: "LinkedIn AI setting (The Verge)", url: "https://www.theverge.com/li", kind: "press", publisher: "The Verge" };
const community: SourceRef = { id: "reddit-li", title: "Where is the toggle?", url: "https://www.reddit.com/r/linkedin/x", kind: "community", publisher: "Reddit user post" };
const denied: SourceRef = { id: "farm", title: "Farm", url: "https://www.tipsmake.com/li", kind: "press", publisher: "TipsMake" };
const all = [official, press, press2, community, denied];


const quote = (step: string, source: SourceRef, extra: Partial<QuoteRef> = {}): QuoteRef => ({ step, source: source.id, read: "2026-12-05", text: "Turn off Data for Generative AI Improvement.", ...extra });
const resolved = (q: QuoteRef): StepQuote => ({ ...q, source: all.find((s) => s.id === q.source)! });

function guide(slug: string, platform: string, steps: string[][], quotes: QuoteRef[] = [], sources: SourceRef[] = all): SourcedGuide {
  return { slug, frontmatter: { platform, sources, quotes }, steps: steps.map((sources, i) => ({ id: `step-${i + 1}`, sources })) };
}

describe("step confirmation", () => {
  it("resolves ids in the step's order and skips unknown ones", () => {
    expect(citedSources(["pcmag-li", "nope", "li-help"], all).map((s) => s.id)).toEqual(["pcmag-li", "li-help"]);
  });

  it("calls a step unconfirmed only when no official source is cited", () => {
    expect(isUnconfirmed([official])).toBe(false);
    expect(isUnconfirmed([press, official])).toBe(false);
    expect(isUnconfirmed([press, community])).toBe(true);
    expect(isUnconfirmed([community])).toBe(true);
    expect(isUnconfirmed([])).toBe(true);
  });

  it("is confirmed only by a quote of an official source the step cites", () => {
    expect(stepConfirmation([official], [resolved(quote("s", official))]).status).toBe("confirmed");
    expect(stepConfirmation([official, press], [resolved(quote("s", official))]).status).toBe("confirmed");
    // An official tag alone is not a confirmation.
    expect(stepConfirmation([official]).status).toBe("official-unquoted");
    // A quote of a page the step does not cite does not count.
    expect(stepConfirmation([press], [resolved(quote("s", official))]).status).toBe("press");
    // Nor does a quote of a press source.
    expect(stepConfirmation([press], [resolved(quote("s", press))]).status).toBe("press");
  });

  it("is partly confirmed when every official quote backs only part of the step", () => {
    const part = resolved(quote("s", official, { partly: "LinkedIn names the setting; the path comes from PCMag." }));
    expect(stepConfirmation([official, press], [part]).status).toBe("partly");
    expect(stepConfirmation([official, press], [part, resolved(quote("s", official, { text: "Other words of the page." }))]).status).toBe("confirmed");
  });

  it("falls back to the strongest other kind", () => {
    expect(stepConfirmation([community, press]).status).toBe("press");
    expect(stepConfirmation([community])).toMatchObject({ status: "community", unconfirmed: true, community: [community] });
  });

  it("picks a step's quotes out of the guide's list", () => {
    const quotes = [quote("a", official), quote("b", official), quote("a", press), quote("a", { ...official, id: "gone" })];
    expect(quotesForStep("a", quotes, all).map((q) => q.source.id)).toEqual(["li-help", "pcmag-li"]);
  });
});

describe("confirmation lines", () => {
  const text = (cited: SourceRef[], quotes: QuoteRef[] = [], platform = "LinkedIn") => lineText(confirmationLine(stepConfirmation(cited, quotes.map(resolved)), platform, EN));

  it("names the quoted official page for a confirmed step", () => {
    expect(text([official], [quote("s", official)])).toBe("Confirmed on LinkedIn's own pages: Data for Generative AI Improvement (LinkedIn Help).");
    expect(text([official, press], [quote("s", official)])).toBe("Confirmed on LinkedIn's own pages: Data for Generative AI Improvement (LinkedIn Help). Also cited: PCMag.");
  });

  it("names the page's owner when the guide is not about one company", () => {
    const openai = { ...official, id: "openai-bots", title: "Overview of OpenAI Crawlers", publisher: "OpenAI" };
    const line = lineText(confirmationLine(stepConfirmation([openai], [{ ...quote("s", openai), source: openai }]), "Your own website", EN));
    expect(line).toBe("Confirmed on OpenAI's own pages: Overview of OpenAI Crawlers.");
  });

  it("says which part rests on whom for a partly confirmed step", () => {
    expect(text([official, press], [quote("s", official, { partly: "LinkedIn names the setting; the path comes from PCMag." })])).toBe(
      "Partly confirmed on LinkedIn's own pages: Data for Generative AI Improvement (LinkedIn Help). LinkedIn names the setting; the path comes from PCMag. Also cited: PCMag.",
    );
  });

  it("does not count an official page whose words are not kept", () => {
    expect(text([official, press])).toBe(
      "Cites LinkedIn's own pages (Data for Generative AI Improvement (LinkedIn Help)), but we keep no quote of them yet, so this step is not counted as confirmed. Also cited: PCMag.",
    );
  });

  it("says a press-only step is not confirmed by the platform", () => {
    expect(text([press])).toBe("Reported by PCMag, not confirmed by LinkedIn.");
    expect(text([press, press2, community])).toBe("Reported by PCMag and The Verge, and in community reports (Reddit user post), not confirmed by LinkedIn.");
  });

  it("says a community-only step rests on community reports", () => {
    expect(text([community])).toBe("Only community reports (Reddit user post), not confirmed by LinkedIn.");
  });

  it("keeps every source as a linkable part", () => {
    const parts = confirmationLine(stepConfirmation([official, press, community], [resolved(quote("s", official))]), "LinkedIn", EN);
    expect(parts.filter((p) => typeof p !== "string").map((p) => (p as { source: SourceRef }).source.id)).toEqual(["li-help", "pcmag-li", "reddit-li"]);
  });

  it("writes possessives in English and none where a language needs none", () => {
    expect(possessive("Instagram", EN)).toBe("Instagram's");
    expect(possessive("Google Docs", EN)).toBe("Google Docs'");
    expect(possessive("Google Docs", words("de"))).toBe("Google Docs");
  });

  it("writes the line in the reader's language, with that language's list words, every source still a part", () => {
    const german = confirmationLine(stepConfirmation([press, press2, community]), "LinkedIn", words("de"));
    expect(lineText(german)).toBe("Berichtet von PCMag und The Verge und in Berichten aus der Community (Reddit user post), nicht bestätigt von LinkedIn.");
    expect(german.filter((p) => typeof p !== "string").map((p) => (p as { source: SourceRef }).source.id)).toEqual(["pcmag-li", "verge-li", "reddit-li"]);
    expect(lineText(confirmationLine(stepConfirmation([official, press], [resolved(quote("s", official))]), "LinkedIn", words("fr")))).toBe(
      "Confirmé par les pages officielles (LinkedIn) : Data for Generative AI Improvement (LinkedIn Help). Également cités : PCMag.",
    );
  });
});

describe("statistics", () => {
  const a = guide("linkedin", "LinkedIn", [["li-help"], ["pcmag-li", "li-help"], ["pcmag-li"], ["reddit-li"], ["li-help", "pcmag-li"]], [
    quote("step-1", official),
    quote("step-5", official, { partly: "LinkedIn names the setting; the path comes from PCMag." }),
  ]);
  const b = guide("testbook", "Testbook", [["li-help"], ["farm"]], [quote("step-1", official)]);

  it("counts a guide's steps by what backs them: quotes, not tags", () => {
    expect(guideSourcingStats(a)).toEqual({
      slug: "linkedin",
      platform: "LinkedIn",
      owner: "LinkedIn",
      steps: 5,
      confirmed: 1,
      partly: 1,
      officialUnquoted: 1,
      pressOnly: 1,
      communityOnly: 1,
      deniedOnly: 0,
      unconfirmedStepIds: ["step-3", "step-4"],
      notConfirmedStepIds: ["step-2", "step-3", "step-4", "step-5"],
      weakest: "community",
    });
    expect(guideSourcingStats(b)).toMatchObject({ confirmed: 1, pressOnly: 1, deniedOnly: 1, weakest: "press" });
    expect(guideSourcingStats(guide("empty", "Empty", [])).weakest).toBeUndefined();
  });

  it("adds them up for the site, never rounding the share up", () => {
    expect(siteSourcingStats([a, b])).toEqual({ guides: 2, steps: 7, confirmed: 2, partly: 1, officialUnquoted: 1, pressOnly: 2, communityOnly: 1, deniedOnly: 1, confirmedPercent: 28.5 });
    expect(percent(2, 3)).toBe(66.6);
    expect(percent(0, 0)).toBe(0);
  });

  it("writes the guide and site lines from the quoted numbers", () => {
    expect(guideSourcingLine(guideSourcingStats(a), EN)).toBe("1 of 5 steps confirmed by LinkedIn's own words");
    const quotedAll = guide("x", "Instagram", [["li-help"], ["li-help"], ["li-help"]], ["step-1", "step-2", "step-3"].map((s) => quote(s, official)));
    expect(guideSourcingLine(guideSourcingStats(quotedAll), EN)).toBe("All 3 steps confirmed by Instagram's own words");
    expect(guideSourcingLine(guideSourcingStats(guide("x", "Instagram", [["li-help"], ["li-help"]])), EN)).toBe("0 of 2 steps confirmed by Instagram's own words");
    expect(guideSourcingLine(guideSourcingStats(guide("x", "Reddit", [["reddit-li"]])), EN)).toBe("0 of 1 step confirmed by Reddit's own words");
    const twoOwners = [{ ...official, publisher: "OpenAI" }, { ...official, id: "g", publisher: "Google" }];
    const several = guideSourcingStats(guide("x", "Your own website", [["li-help"]], [], twoOwners));
    expect(several.owner).toBeNull();
    expect(guideSourcingLine(several, EN)).toBe("0 of 1 step confirmed by each company's own words");
    expect(guideSourcingLine(guideSourcingStats(a), words("de"))).toBe("1 von 5 Schritten mit eigenen Worten von LinkedIn belegt");
    expect(siteSourcingLine({ steps: 480, confirmed: 412 })).toBe("412 of 480 steps are confirmed by a quote from the platforms' own pages; the rest say what they rest on.");
    expect(siteSourcingLine({ steps: 5, confirmed: 5 })).toBe("All 5 steps are confirmed by a quote from the platforms' own pages.");
  });
});

describe("deny-list", () => {
  it("matches a listed host and its subdomains, not look-alikes", () => {
    expect(deniedSource("https://grokipedia.com/page/X")?.domain).toBe("grokipedia.com");
    expect(deniedSource("https://www.grokipedia.com/page/X")?.domain).toBe("grokipedia.com");
    expect(deniedSource("https://notgrokipedia.com/page/X")).toBeUndefined();
    expect(deniedSource("https://www.pcmag.com/how-to")).toBeUndefined();
    expect(deniedSource("not a url")).toBeUndefined();
  });

  it("matches mirror hosting patterns, with the most specific reason first", () => {
    expect(deniedSource("https://lifewirewww.pages.dev/x")?.domain).toBe("lifewirewww.pages.dev");
    expect(deniedSource("https://some-mirror.pages.dev/x")?.domain).toBe("*.pages.dev");
    expect(deniedSource("https://copy.vercel.app/x")?.domain).toBe("*.vercel.app");
    expect(deniedSource("https://pages.dev/x")).toBeUndefined();
  });

  it("gives every entry a reason", () => {
    for (const entry of DENY_LIST) expect(entry.reason.length, entry.domain).toBeGreaterThan(10);
    for (const domain of ["grokipedia.com", "datastudios.org", "legalclarity.org", "tipsmake.com", "lireo.com", "modernizingtech.com", "mycoding.id", "uncoversocial.com", "swipeinsight.app", "supergrok.tech", "redact.dev"]) {
      expect(deniedSource(`https://${domain}/`), domain).toBeDefined();
    }
  });
});

describe("mirrors", () => {
  it("flags syndicated copies and wire stories cited at another site's address", () => {
    const cna = { title: "Meta to use public posts (Reuters, April 2025)", url: "https://www.channelnewsasia.com/x", publisher: "Reuters (syndicated by CNA)" };
    const copy = { title: "Meta AI chats (Reuters)", url: "https://www.newsmax.com/x", publisher: "Reuters" };
    const original = { title: "Meta AI chats", url: "https://www.reuters.com/technology/x", publisher: "Reuters" };
    const ap = { title: "One Tech Tip", url: "https://apnews.com/article/x", publisher: "AP" };
    const pcmag = { title: "How to stop LinkedIn training AI (PCMag, citing Reuters)", url: "https://www.pcmag.com/x", publisher: "PCMag" };
    expect(mirrorSources([cna, copy, original, ap, pcmag])).toEqual([cna, copy]);
  });
});
