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

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** "5 months" from lastReviewed to now: days under two weeks, weeks under two months, then months, years from two years. */
export function ageInWords(lastReviewed: string, now: Date): string {
  const start = new Date(utcDay(lastReviewed));
  const days = Math.max(0, Math.floor((now.getTime() - start.getTime()) / DAY_MS));
  if (days < 14) return plural(days, "day");
  const months = wholeMonths(start, now);
  if (months < 2) return plural(Math.floor(days / 7), "week");
  if (months < 24) return plural(months, "month");
  return plural(Math.floor(months / 12), "year");
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

export type ReviewDueNote = { checked: string; warning: string; ask: string };

/** The honest note a guide page shows when it is overdue ("Last checked 5 months ago: …"); null while it is not. */
export function reviewDueNote(lastReviewed: string, reviewEvery: number, now: Date): ReviewDueNote | null {
  const status = reviewStatus(lastReviewed, reviewEvery, now);
  if (!status.overdue) return null;
  return { checked: `Last checked ${status.ageInWords} ago`, warning: "menus may have moved.", ask: "Tell us if a step is wrong." };
}

export function reviewDueText(note: ReviewDueNote): string {
  return `${note.checked}: ${note.warning} ${note.ask}`;
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
