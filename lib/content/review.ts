/**
 * When a guide is due for a re-check: `lastReviewed + reviewEvery` days (CONTENT.md). Computed when a
 * page is rendered or revalidated, and by `npm run content:stale`, never frozen at build time. Pure and
 * zod-free, so the guide page, the editor desk and the command line share it.
 */

const DAY_MS = 86_400_000;

export type ReviewStatus = {
  /** YYYY-MM-DD: the day the re-check is due (lastReviewed + reviewEvery); overdue from the day after. */
  dueOn: string;
  overdue: boolean;
  /** Whole days past dueOn (0 on that day and before). */
  daysOverdue: number;
  /** Whole days since lastReviewed. */
  daysSinceReview: number;
  /** "5 months", "3 weeks", "2 years": how long ago the steps were last checked, for people. */
  ageInWords: string;
};

function utcDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** Whole calendar months from `from` to `to` (UTC), never negative. */
function wholeMonths(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months--;
  return Math.max(0, months);
}

export type AgeUnit = "day" | "week" | "month" | "year";
/** How long ago, as a number and a unit ({ n: 5, unit: "month" }); pages word it in their language. */
export type ReviewAge = { n: number; unit: AgeUnit };

/** From lastReviewed to now: days under two weeks, weeks under two months, then months, years from two years. */
export function reviewAge(lastReviewed: string, now: Date): ReviewAge {
  const start = new Date(utcDay(lastReviewed));
  const days = Math.max(0, Math.floor((now.getTime() - start.getTime()) / DAY_MS));
  if (days < 14) return { n: days, unit: "day" };
  const months = wholeMonths(start, now);
  if (months < 2) return { n: Math.floor(days / 7), unit: "week" };
  if (months < 24) return { n: months, unit: "month" };
  return { n: Math.floor(months / 12), unit: "year" };
}

/** "5 months": the same age in English words, for the editor desk and the command line. */
export function ageInWords(lastReviewed: string, now: Date): string {
  const { n, unit } = reviewAge(lastReviewed, now);
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** The guide's review state on `now`'s date. A guide is overdue from the day after lastReviewed + reviewEvery days. */
export function reviewStatus(lastReviewed: string, reviewEvery: number, now: Date): ReviewStatus {
  const reviewed = utcDay(lastReviewed);
  const due = reviewed + reviewEvery * DAY_MS;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysOverdue = Math.max(0, Math.round((today - due) / DAY_MS));
  return {
    dueOn: new Date(due).toISOString().slice(0, 10),
    overdue: today > due,
    daysOverdue,
    daysSinceReview: Math.max(0, Math.round((today - reviewed) / DAY_MS)),
    ageInWords: ageInWords(lastReviewed, now),
  };
}

/**
 * The one fact of the honest note a guide page shows when it is overdue ("Last checked 5 months ago: …"):
 * how long ago its steps were checked. Null while it is not overdue. components/guide/ReviewDueNote.tsx
 * words it in the page's language.
 */
export function reviewDueNote(lastReviewed: string, reviewEvery: number, now: Date): ReviewAge | null {
  const status = reviewStatus(lastReviewed, reviewEvery, now);
  return status.overdue ? reviewAge(lastReviewed, now) : null;
}

/** A step's text as plain words for a short excerpt: no MDX tags, link targets or emphasis marks. */
export function plainExcerpt(mdx: string, max = 280): string {
  const text = mdx
    .replace(/<[^>]*>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

/** What the editor desk and the stale list need to know of a guide: no MDX bodies beyond an excerpt. */
export type ReviewGuide = {
  slug: string;
  platform: string;
  lastReviewed: string;
  reviewEvery: number;
  steps: { id: string; number: number; title: string; excerpt: string }[];
};

export function reviewGuides(
  guides: readonly { slug: string; frontmatter: { platform: string; lastReviewed: string; reviewEvery: number }; steps: readonly { id: string; number: number; title: string; body: string }[] }[],
): ReviewGuide[] {
  return guides.map((g) => ({
    slug: g.slug,
    platform: g.frontmatter.platform,
    lastReviewed: g.frontmatter.lastReviewed,
    reviewEvery: g.frontmatter.reviewEvery,
    steps: g.steps.map((s) => ({ id: s.id, number: s.number, title: s.title, excerpt: plainExcerpt(s.body) })),
  }));
}
