/**
 * What the sources say about the steps, derived from the data in one place: whether a step is confirmed
 * by the platform's own words (a kept quote), per-guide and site-wide counts, and the human sentences
 * built from them. Every claim the site makes about its sourcing comes from here, never from fixed text.
 * Pure and zod-free: used by the parser, the pages, the link previews, the tests and scripts/content-report.ts.
 * The rules are written out in docs/content-format.md.
 */
import { SOURCE_KINDS, type SourceKind } from "./constants";
import { deniedSource } from "./deny-list";
import { formatList, listParts } from "@/lib/i18n/lists";
import type { Locale } from "@/lib/i18n/locales";

/** The sentences of this module (messages: guideNotes.sourcing.<key>). */
export type SourcingKey = "owner" | "eachCompany" | "confirmed" | "partly" | "unquoted" | "alsoCited" | "press" | "pressAndCommunity" | "community" | "guideAll" | "guideSome";

/**
 * The words the sourcing sentences are made of, in one language: a translator of guideNotes.sourcing
 * (`useTranslations` on a page, `translator` elsewhere) and the language, for the lists' "and".
 */
export type SourcingWords = { t: (key: SourcingKey, values?: Record<string, string | number>) => string; locale: Locale };

/** The fields of a frontmatter source that sourcing needs (a `GuideSource` fits). */
export type SourceRef = { id: string; title: string; url: string; kind: SourceKind; publisher?: string };

/** A verbatim excerpt of an official page that backs one step (a frontmatter `quotes:` entry). */
export type QuoteRef = { step: string; source: string; read: string; text: string; lang?: string; partly?: string };

/** A quote with its source resolved. */
export type StepQuote<S extends SourceRef = SourceRef> = Omit<QuoteRef, "source"> & { source: S };

/**
 * What a step rests on, strongest first:
 * - `confirmed`: an official page's own words, quoted, state the step;
 * - `partly`: an official page's quoted words back part of the step, the rest rests on other sources;
 * - `official-unquoted`: an official page is cited but none of its words are kept, so it is not counted;
 * - `press` / `community`: the strongest source is of that kind.
 */
export const EVIDENCE_STATUSES = ["confirmed", "partly", "official-unquoted", "press", "community"] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export type StepConfirmation = {
  status: EvidenceStatus;
  /** True when none of the step's sources is official: the step's own text must say it is not confirmed. */
  unconfirmed: boolean;
  quotes: StepQuote[];
  official: SourceRef[];
  press: SourceRef[];
  community: SourceRef[];
};

const rank = (kind: SourceKind) => SOURCE_KINDS.indexOf(kind);
const statusRank = (status: EvidenceStatus) => EVIDENCE_STATUSES.indexOf(status);

/** Resolves a step's source ids against the guide's sources, keeping the step's order. Unknown ids are skipped (the parser rejects them). */
export function citedSources<S extends SourceRef>(ids: readonly string[], sources: readonly S[]): S[] {
  return ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is S => s !== undefined);
}

/** The quotes kept for one step, with their sources resolved; quotes naming an unknown source are skipped (the parser rejects them). */
export function quotesForStep<S extends SourceRef>(stepId: string, quotes: readonly QuoteRef[], sources: readonly S[]): StepQuote<S>[] {
  return quotes.flatMap((q) => {
    if (q.step !== stepId) return [];
    const source = sources.find((s) => s.id === q.source);
    return source ? [{ ...q, source }] : [];
  });
}

/** True when none of the cited sources is official. */
export function isUnconfirmed(cited: readonly Pick<SourceRef, "kind">[]): boolean {
  return !cited.some((s) => s.kind === "official");
}

/** The one place where a step's status is decided: only an official source's quoted words confirm it. */
export function stepConfirmation(cited: readonly SourceRef[], quotes: readonly StepQuote[] = []): StepConfirmation {
  const byKind = (kind: SourceKind) => cited.filter((s) => s.kind === kind);
  const officialQuotes = quotes.filter((q) => q.source.kind === "official" && cited.some((s) => s.id === q.source.id));
  const strongest = cited.reduce<SourceKind>((best, s) => (rank(s.kind) < rank(best) ? s.kind : best), "community");
  const status: EvidenceStatus = officialQuotes.some((q) => !q.partly)
    ? "confirmed"
    : officialQuotes.length
      ? "partly"
      : strongest === "official"
        ? "official-unquoted"
        : strongest;
  return { status, unconfirmed: isUnconfirmed(cited), quotes: officialQuotes, official: byKind("official"), press: byKind("press"), community: byKind("community") };
}

/** "Instagram's", "Google Docs'" in English; the name as it is where a language needs no possessive. */
export function possessive(name: string, words: SourcingWords): string {
  return words.t("owner", { name, endsInS: /s$/i.test(name) ? "yes" : "no" });
}

/** How a source is named in a sentence: official pages by title, others by who published them. */
export function sourceLabel(source: SourceRef): string {
  return source.kind === "official" ? source.title : (source.publisher ?? source.title);
}

/** Whose own page an official source is: its publisher when the guide names one (guides about several companies), else the guide's platform. */
export function ownerOf(source: SourceRef, platform: string): string {
  return source.kind === "official" && source.publisher ? source.publisher : platform;
}

function owners(sources: readonly SourceRef[], platform: string, words: SourcingWords): string {
  const names = [...new Set(sources.map((s) => ownerOf(s, platform)))];
  return formatList(names.map((name) => possessive(name, words)), words.locale);
}

/** A sentence as text pieces and linked sources, so pages can link each source and tests can read the text. */
export type LinePart = string | { source: SourceRef };

function joinSources(sources: readonly SourceRef[], words: SourcingWords): LinePart[] {
  return listParts(sources.map((source) => ({ source })), words.locale);
}

function uniqueSources(sources: readonly SourceRef[]): SourceRef[] {
  return sources.filter((s, i) => sources.findIndex((t) => t.id === s.id) === i);
}

// Where a message's {sources} and {community} go; the sentence is split there and the linked sources put in.
const SOURCES_SLOT = "\u0001";
const COMMUNITY_SLOT = "\u0002";

function sentence(words: SourcingWords, key: SourcingKey, values: Record<string, string>, sources: LinePart[], community: LinePart[] = []): LinePart[] {
  const text = words.t(key, { ...values, sources: SOURCES_SLOT, community: COMMUNITY_SLOT });
  return text.split(/([\u0001\u0002])/).flatMap((piece) => (piece === SOURCES_SLOT ? sources : piece === COMMUNITY_SLOT ? community : piece ? [piece] : []));
}

/**
 * The confirmation line under a step, in the words' language, e.g. in English
 * "Confirmed on LinkedIn's own pages: <title>." / "Partly confirmed on LinkedIn's own pages: <title>. <what rests on whom>" /
 * "Cites LinkedIn's own pages (<title>), but we keep no quote of them, so this step is not counted as confirmed." /
 * "Reported by PCMag, not confirmed by LinkedIn." / "Only community reports (Reddit user post), not confirmed by LinkedIn."
 */
export function confirmationLine(confirmation: StepConfirmation, platform: string, words: SourcingWords): LinePart[] {
  const { official, press, community, quotes, status } = confirmation;
  const quoted = uniqueSources(quotes.filter((q) => (status === "confirmed" ? !q.partly : true)).map((q) => q.source));
  const alsoCited = (shown: readonly SourceRef[]): LinePart[] => {
    const rest = [...official, ...press, ...community].filter((s) => !shown.some((t) => t.id === s.id));
    return rest.length ? [" ", ...sentence(words, "alsoCited", {}, joinSources(rest, words))] : [];
  };
  if (status === "confirmed") {
    return [...sentence(words, "confirmed", { owners: owners(quoted, platform, words) }, joinSources(quoted, words)), ...alsoCited(quoted)];
  }
  if (status === "partly") {
    const why = [...new Set(quotes.map((q) => q.partly!.trim()))].join(" ");
    return [...sentence(words, "partly", { owners: owners(quoted, platform, words), why }, joinSources(quoted, words)), ...alsoCited(quoted)];
  }
  if (status === "official-unquoted") {
    return [...sentence(words, "unquoted", { owners: owners(official, platform, words) }, joinSources(official, words)), ...alsoCited(official)];
  }
  if (press.length && community.length) return sentence(words, "pressAndCommunity", { platform }, joinSources(press, words), joinSources(community, words));
  if (press.length) return sentence(words, "press", { platform }, joinSources(press, words));
  return sentence(words, "community", { platform }, joinSources(community, words));
}

export function lineText(parts: readonly LinePart[]): string {
  return parts.map((p) => (typeof p === "string" ? p : sourceLabel(p.source))).join("");
}

/** The minimum of a guide that the statistics need (a parsed `Guide` fits). */
export type SourcedGuide = {
  slug: string;
  frontmatter: { platform: string; sources: readonly SourceRef[]; quotes?: readonly QuoteRef[] };
  steps: readonly { id: string; sources: readonly string[] }[];
};

export type GuideSourcingStats = {
  slug: string;
  platform: string;
  /** Whose words confirm the steps: the owner of the official pages ("Instagram"), or null for a guide whose official pages belong to several companies. */
  owner: string | null;
  steps: number;
  /** Steps confirmed by a quote of an official page. */
  confirmed: number;
  /** Steps whose official quotes back only part of them. */
  partly: number;
  /** Steps that cite an official page but keep no quote of it. */
  officialUnquoted: number;
  /** Steps whose strongest source is press. */
  pressOnly: number;
  /** Steps resting on community sources alone. */
  communityOnly: number;
  /** Steps whose every source is on the deny-list (the parser rejects those; the report double-checks). */
  deniedOnly: number;
  /** Steps without an official source at all. */
  unconfirmedStepIds: string[];
  /** Steps not confirmed by a quote, whatever they rest on. */
  notConfirmedStepIds: string[];
  /** The weakest status any step has; undefined for a guide without steps. */
  weakest: EvidenceStatus | undefined;
};

/** The status of each step of a guide, in order. */
export function guideStepConfirmations(guide: SourcedGuide): { id: string; confirmation: StepConfirmation }[] {
  const quotes = guide.frontmatter.quotes ?? [];
  return guide.steps.map((step) => {
    const cited = citedSources(step.sources, guide.frontmatter.sources);
    return { id: step.id, confirmation: stepConfirmation(cited, quotesForStep(step.id, quotes, guide.frontmatter.sources)) };
  });
}

function guideOwner(guide: SourcedGuide): string | null {
  const platform = guide.frontmatter.platform;
  const names = new Set(guide.frontmatter.sources.filter((s) => s.kind === "official").map((s) => ownerOf(s, platform)));
  return names.size > 1 ? null : ([...names][0] ?? platform);
}

export function guideSourcingStats(guide: SourcedGuide): GuideSourcingStats {
  const stats: GuideSourcingStats = {
    slug: guide.slug,
    platform: guide.frontmatter.platform,
    owner: guideOwner(guide),
    steps: guide.steps.length,
    confirmed: 0,
    partly: 0,
    officialUnquoted: 0,
    pressOnly: 0,
    communityOnly: 0,
    deniedOnly: 0,
    unconfirmedStepIds: [],
    notConfirmedStepIds: [],
    weakest: undefined,
  };
  const counter: Record<EvidenceStatus, "confirmed" | "partly" | "officialUnquoted" | "pressOnly" | "communityOnly"> = {
    confirmed: "confirmed",
    partly: "partly",
    "official-unquoted": "officialUnquoted",
    press: "pressOnly",
    community: "communityOnly",
  };
  guideStepConfirmations(guide).forEach(({ id, confirmation }, i) => {
    const { status, unconfirmed } = confirmation;
    stats[counter[status]]++;
    if (unconfirmed) stats.unconfirmedStepIds.push(id);
    if (status !== "confirmed") stats.notConfirmedStepIds.push(id);
    const cited = citedSources(guide.steps[i]!.sources, guide.frontmatter.sources);
    if (cited.length && cited.every((s) => deniedSource(s.url))) stats.deniedOnly++;
    if (stats.weakest === undefined || statusRank(status) > statusRank(stats.weakest)) stats.weakest = status;
  });
  return stats;
}

export type SiteSourcingStats = {
  guides: number;
  steps: number;
  confirmed: number;
  partly: number;
  officialUnquoted: number;
  pressOnly: number;
  communityOnly: number;
  deniedOnly: number;
  /** Share of steps confirmed by an official quote, 0–100, rounded down to one decimal (never overstated). */
  confirmedPercent: number;
};

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part / whole) * 1000) / 10;
}

export function siteSourcingStats(guides: readonly SourcedGuide[]): SiteSourcingStats {
  const all = guides.map(guideSourcingStats);
  const sum = (key: "steps" | "confirmed" | "partly" | "officialUnquoted" | "pressOnly" | "communityOnly" | "deniedOnly") => all.reduce((n, g) => n + g[key], 0);
  const steps = sum("steps");
  const confirmed = sum("confirmed");
  return {
    guides: guides.length,
    steps,
    confirmed,
    partly: sum("partly"),
    officialUnquoted: sum("officialUnquoted"),
    pressOnly: sum("pressOnly"),
    communityOnly: sum("communityOnly"),
    deniedOnly: sum("deniedOnly"),
    confirmedPercent: percent(confirmed, steps),
  };
}

const stepsWord = (n: number) => (n === 1 ? "step" : "steps");

/** "3 of 4 steps confirmed by Instagram's own words", in the words' language — for link previews and descriptions. */
export function guideSourcingLine(stats: Pick<GuideSourcingStats, "steps" | "confirmed" | "owner">, words: SourcingWords): string {
  const whose = stats.owner === null ? words.t("eachCompany") : possessive(stats.owner, words);
  if (stats.steps > 1 && stats.confirmed === stats.steps) return words.t("guideAll", { steps: stats.steps, whose });
  return words.t("guideSome", { steps: stats.steps, confirmed: stats.confirmed, whose });
}

/** "412 of 480 steps are confirmed by a quote from the platforms' own pages; the rest say what they rest on." — for the site footer. */
export function siteSourcingLine(stats: Pick<SiteSourcingStats, "steps" | "confirmed">): string {
  if (stats.steps > 0 && stats.confirmed === stats.steps) return `All ${stats.steps} ${stepsWord(stats.steps)} are confirmed by a quote from the platforms' own pages.`;
  return `${stats.confirmed} of ${stats.steps} ${stepsWord(stats.steps)} are confirmed by a quote from the platforms' own pages; the rest say what they rest on.`;
}
