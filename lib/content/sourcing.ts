/**
 * What the sources say about the steps, derived from the data in one place: whether a step is confirmed
 * on the platform's own pages, per-guide and site-wide counts, and the human sentences built from them.
 * Every claim the site makes about its sourcing comes from here, never from fixed text.
 * Pure and zod-free: used by the parser, the pages, the link previews, the tests and scripts/content-report.ts.
 */
import { SOURCE_KINDS, type SourceKind } from "./constants";
import { deniedSource } from "./deny-list";

/** The fields of a frontmatter source that sourcing needs (a `GuideSource` fits). */
export type SourceRef = { id: string; title: string; url: string; kind: SourceKind; publisher?: string };

export type StepConfirmation = {
  /** The strongest kind among the step's sources: `official` means confirmed on the platform's own pages. */
  status: SourceKind;
  /** True when none of the step's sources is official. */
  unconfirmed: boolean;
  official: SourceRef[];
  press: SourceRef[];
  community: SourceRef[];
};

const rank = (kind: SourceKind) => SOURCE_KINDS.indexOf(kind);

/** Resolves a step's source ids against the guide's sources, keeping the step's order. Unknown ids are skipped (the parser rejects them). */
export function citedSources<S extends SourceRef>(ids: readonly string[], sources: readonly S[]): S[] {
  return ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is S => s !== undefined);
}

/** The one place where "unconfirmed" is decided: a step is confirmed only when one of its sources is official. */
export function isUnconfirmed(cited: readonly Pick<SourceRef, "kind">[]): boolean {
  return !cited.some((s) => s.kind === "official");
}

export function stepConfirmation(cited: readonly SourceRef[]): StepConfirmation {
  const byKind = (kind: SourceKind) => cited.filter((s) => s.kind === kind);
  const strongest = cited.reduce<SourceKind>((best, s) => (rank(s.kind) < rank(best) ? s.kind : best), "community");
  return { status: strongest, unconfirmed: isUnconfirmed(cited), official: byKind("official"), press: byKind("press"), community: byKind("community") };
}

/** "Instagram's", "Google Docs'". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** How a source is named in a sentence: official pages by title, others by who published them. */
export function sourceLabel(source: SourceRef): string {
  return source.kind === "official" ? source.title : (source.publisher ?? source.title);
}

/** A sentence as text pieces and linked sources, so pages can link each source and tests can read the text. */
export type LinePart = string | { source: SourceRef };

function joinSources(sources: readonly SourceRef[]): LinePart[] {
  const parts: LinePart[] = [];
  sources.forEach((source, i) => {
    if (i > 0) parts.push(i === sources.length - 1 ? " and " : ", ");
    parts.push({ source });
  });
  return parts;
}

/**
 * The confirmation line under a step, e.g.
 * "Confirmed on LinkedIn's own pages: <title>." / "Reported by PCMag, not confirmed by LinkedIn." /
 * "Only community reports (Reddit user post), not confirmed by LinkedIn."
 */
export function confirmationLine(confirmation: StepConfirmation, platform: string): LinePart[] {
  const { official, press, community } = confirmation;
  const others = [...press, ...community];
  if (official.length) {
    return [`Confirmed on ${possessive(platform)} own pages: `, ...joinSources(official), ...(others.length ? [". Also cited: ", ...joinSources(others)] : []), "."];
  }
  if (press.length) {
    return [
      "Reported by ",
      ...joinSources(press),
      ...(community.length ? [", and in community reports (", ...joinSources(community), ")"] : []),
      `, not confirmed by ${platform}.`,
    ];
  }
  return ["Only community reports (", ...joinSources(community), `), not confirmed by ${platform}.`];
}

export function lineText(parts: readonly LinePart[]): string {
  return parts.map((p) => (typeof p === "string" ? p : sourceLabel(p.source))).join("");
}

/** The minimum of a guide that the statistics need (a parsed `Guide` fits). */
export type SourcedGuide = {
  slug: string;
  frontmatter: { platform: string; sources: readonly SourceRef[] };
  steps: readonly { id: string; sources: readonly string[] }[];
};

export type GuideSourcingStats = {
  slug: string;
  platform: string;
  steps: number;
  /** Steps with at least one official source. */
  officialBacked: number;
  /** Steps whose strongest source is press. */
  pressOnly: number;
  /** Steps resting on community sources alone. */
  communityOnly: number;
  /** Steps whose every source is on the deny-list (the parser rejects those; the report double-checks). */
  deniedOnly: number;
  unconfirmedStepIds: string[];
  /** The weakest kind any step rests on (its strongest source); undefined for a guide without steps. */
  weakestKind: SourceKind | undefined;
};

export function guideSourcingStats(guide: SourcedGuide): GuideSourcingStats {
  const stats: GuideSourcingStats = {
    slug: guide.slug,
    platform: guide.frontmatter.platform,
    steps: guide.steps.length,
    officialBacked: 0,
    pressOnly: 0,
    communityOnly: 0,
    deniedOnly: 0,
    unconfirmedStepIds: [],
    weakestKind: undefined,
  };
  for (const step of guide.steps) {
    const cited = citedSources(step.sources, guide.frontmatter.sources);
    const { status, unconfirmed } = stepConfirmation(cited);
    if (unconfirmed) stats.unconfirmedStepIds.push(step.id);
    if (status === "official") stats.officialBacked++;
    else if (status === "press") stats.pressOnly++;
    else stats.communityOnly++;
    if (cited.length && cited.every((s) => deniedSource(s.url))) stats.deniedOnly++;
    if (stats.weakestKind === undefined || rank(status) > rank(stats.weakestKind)) stats.weakestKind = status;
  }
  return stats;
}

export type SiteSourcingStats = {
  guides: number;
  steps: number;
  officialBacked: number;
  pressOnly: number;
  communityOnly: number;
  deniedOnly: number;
  /** Share of steps with an official source, 0–100, rounded down to one decimal (never overstated). */
  officialPercent: number;
};

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part / whole) * 1000) / 10;
}

export function siteSourcingStats(guides: readonly SourcedGuide[]): SiteSourcingStats {
  const all = guides.map(guideSourcingStats);
  const sum = (key: "steps" | "officialBacked" | "pressOnly" | "communityOnly" | "deniedOnly") => all.reduce((n, g) => n + g[key], 0);
  const steps = sum("steps");
  const officialBacked = sum("officialBacked");
  return {
    guides: guides.length,
    steps,
    officialBacked,
    pressOnly: sum("pressOnly"),
    communityOnly: sum("communityOnly"),
    deniedOnly: sum("deniedOnly"),
    officialPercent: percent(officialBacked, steps),
  };
}

const stepsWord = (n: number) => (n === 1 ? "step" : "steps");

/** "3 of 4 steps confirmed on Instagram's own pages" — for link previews and descriptions. */
export function guideSourcingLine(stats: Pick<GuideSourcingStats, "steps" | "officialBacked" | "platform">): string {
  const where = `on ${possessive(stats.platform)} own pages`;
  if (stats.steps > 1 && stats.officialBacked === stats.steps) return `All ${stats.steps} steps confirmed ${where}`;
  return `${stats.officialBacked} of ${stats.steps} ${stepsWord(stats.steps)} confirmed ${where}`;
}

/** "412 of 480 steps confirmed on the platforms' own pages; the rest say so." — for the site footer. */
export function siteSourcingLine(stats: Pick<SiteSourcingStats, "steps" | "officialBacked">): string {
  if (stats.steps > 0 && stats.officialBacked === stats.steps) return `All ${stats.steps} ${stepsWord(stats.steps)} are confirmed on the platforms' own pages.`;
  return `${stats.officialBacked} of ${stats.steps} ${stepsWord(stats.steps)} are confirmed on the platforms' own pages; the rest say so.`;
}
