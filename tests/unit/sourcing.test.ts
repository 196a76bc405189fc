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
  type SourceRef,
  type SourcedGuide,
} from "@/lib/content/sourcing";
import { DENY_LIST, deniedSource } from "@/lib/content/deny-list";

const official: SourceRef = { id: "li-help", title: "Data for Generative AI Improvement (LinkedIn Help)", url: "https://www.linkedin.com/help/a1", kind: "official" };
const press: SourceRef = { id: "pcmag-li", title: "How to stop LinkedIn training AI (PCMag)", url: "https://www.pcmag.com/how-to/li", kind: "press", publisher: "PCMag" };
const press2: SourceRef = { id: "verge-li", title: "LinkedIn AI setting (The Verge)", url: "https://www.theverge.com/li", kind: "press", publisher: "The Verge" };
const community: SourceRef = { id: "reddit-li", title: "Where is the toggle?", url: "https://www.reddit.com/r/linkedin/x", kind: "community", publisher: "Reddit user post" };
const denied: SourceRef = { id: "farm", title: "Farm", url: "https://www.tipsmake.com/li", kind: "press", publisher: "TipsMake" };
const all = [official, press, press2, community, denied];

function guide(slug: string, platform: string, steps: string[][]): SourcedGuide {
  return { slug, frontmatter: { platform, sources: all }, steps: steps.map((sources, i) => ({ id: `step-${i + 1}`, sources })) };
}

describe("step confirmation", () => {
  it("resolves ids in the step's order and skips unknown ones", () => {
    expect(citedSources(["pcmag-li", "nope", "li-help"], all).map((s) => s.id)).toEqual(["pcmag-li", "li-help"]);
  });

  it("is confirmed only when an official source backs the step", () => {
    expect(isUnconfirmed([official])).toBe(false);
    expect(isUnconfirmed([press, official])).toBe(false);
    expect(isUnconfirmed([press, community])).toBe(true);
    expect(isUnconfirmed([community])).toBe(true);
    expect(isUnconfirmed([])).toBe(true);
  });

  it("takes the strongest kind as the status", () => {
    expect(stepConfirmation([community, official]).status).toBe("official");
    expect(stepConfirmation([community, press]).status).toBe("press");
    expect(stepConfirmation([community])).toMatchObject({ status: "community", unconfirmed: true, community: [community] });
  });
});

describe("confirmation lines", () => {
  const text = (cited: SourceRef[]) => lineText(confirmationLine(stepConfirmation(cited), "LinkedIn"));

  it("names the official page for an official-backed step", () => {
    expect(text([official])).toBe("Confirmed on LinkedIn's own pages: Data for Generative AI Improvement (LinkedIn Help).");
    expect(text([official, press])).toBe("Confirmed on LinkedIn's own pages: Data for Generative AI Improvement (LinkedIn Help). Also cited: PCMag.");
  });

  it("says a press-only step is not confirmed by the platform", () => {
    expect(text([press])).toBe("Reported by PCMag, not confirmed by LinkedIn.");
    expect(text([press, press2, community])).toBe("Reported by PCMag and The Verge, and in community reports (Reddit user post), not confirmed by LinkedIn.");
  });

  it("says a community-only step rests on community reports", () => {
    expect(text([community])).toBe("Only community reports (Reddit user post), not confirmed by LinkedIn.");
  });

  it("keeps every source as a linkable part", () => {
    const parts = confirmationLine(stepConfirmation([official, press, community]), "LinkedIn");
    expect(parts.filter((p) => typeof p !== "string").map((p) => (p as { source: SourceRef }).source.id)).toEqual(["li-help", "pcmag-li", "reddit-li"]);
  });

  it("writes possessives", () => {
    expect(possessive("Instagram")).toBe("Instagram's");
    expect(possessive("Google Docs")).toBe("Google Docs'");
  });
});

describe("statistics", () => {
  const a = guide("linkedin", "LinkedIn", [["li-help"], ["pcmag-li", "li-help"], ["pcmag-li"], ["reddit-li"]]);
  const b = guide("testbook", "Testbook", [["li-help"], ["farm"]]);

  it("counts a guide's steps by what backs them", () => {
    expect(guideSourcingStats(a)).toEqual({
      slug: "linkedin",
      platform: "LinkedIn",
      steps: 4,
      officialBacked: 2,
      pressOnly: 1,
      communityOnly: 1,
      deniedOnly: 0,
      unconfirmedStepIds: ["step-3", "step-4"],
      weakestKind: "community",
    });
    expect(guideSourcingStats(b)).toMatchObject({ officialBacked: 1, pressOnly: 1, deniedOnly: 1, weakestKind: "press" });
    expect(guideSourcingStats(guide("empty", "Empty", [])).weakestKind).toBeUndefined();
  });

  it("adds them up for the site, never rounding the share up", () => {
    expect(siteSourcingStats([a, b])).toEqual({ guides: 2, steps: 6, officialBacked: 3, pressOnly: 2, communityOnly: 1, deniedOnly: 1, officialPercent: 50 });
    expect(percent(2, 3)).toBe(66.6);
    expect(percent(0, 0)).toBe(0);
  });

  it("writes the guide and site lines from the numbers", () => {
    expect(guideSourcingLine(guideSourcingStats(a))).toBe("2 of 4 steps confirmed on LinkedIn's own pages");
    expect(guideSourcingLine(guideSourcingStats(guide("x", "Instagram", [["li-help"], ["li-help"], ["li-help"]])))).toBe("All 3 steps confirmed on Instagram's own pages");
    expect(guideSourcingLine(guideSourcingStats(guide("x", "Reddit", [["reddit-li"]])))).toBe("0 of 1 step confirmed on Reddit's own pages");
    expect(siteSourcingLine({ steps: 480, officialBacked: 412 })).toBe("412 of 480 steps are confirmed on the platforms' own pages; the rest say so.");
    expect(siteSourcingLine({ steps: 5, officialBacked: 5 })).toBe("All 5 steps are confirmed on the platforms' own pages.");
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
