/**
 * What needs an editor's eyes, most urgent first: one list for `npm run content:stale` and the editor
 * desk (/editor/stale), so the two never disagree.
 *
 * Order (evidence from readers before a date on a calendar):
 *   1. steps with open reports whose share of "this step moved" signals jumped (lib/jobs/step-stats.ts),
 *      most recent signals first;
 *   2. other steps with open reports: those in an overdue guide first, then the most open reports,
 *      then the longest waiting;
 *   3. guides past lastReviewed + reviewEvery with no open report, the most days overdue first.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reviewStatus, type ReviewGuide, type ReviewStatus } from "@/lib/content/review";
import { assertEditor } from "@/lib/editor/role";
import { allStepStats, signalsJumped, statsKey } from "@/lib/jobs/step-stats";
import { stepById } from "@/lib/content/steps";

export type StaleItem = {
  kind: "step" | "guide";
  /** 1, 2 or 3: the group of the order above. */
  tier: 1 | 2 | 3;
  guide: string;
  platform: string;
  lastReviewed: string | null;
  review: ReviewStatus | null;
  /** Steps only. */
  stepId?: string;
  /** The step's title today; null when it left the guide. */
  stepTitle?: string | null;
  openReports: number;
  oldestOpenAt: Date | null;
  flagged: boolean;
  signals7d: number;
};

const DAY_MS = 86_400_000;

export async function staleList(db: PrismaClient, guides: readonly ReviewGuide[], now = new Date()): Promise<StaleItem[]> {
  const [open, stats] = await Promise.all([
    db.stepReport.groupBy({ by: ["guide", "stepId"], where: { status: "open" }, _count: { _all: true }, _min: { createdAt: true } }),
    allStepStats(db),
  ]);
  const bySlug = new Map(guides.map((g) => [g.slug, g]));
  const reviews = new Map(guides.map((g) => [g.slug, reviewStatus(g.lastReviewed, g.reviewEvery, now)]));
  const items: StaleItem[] = [];
  const guidesWithReports = new Set<string>();
  for (const row of open) {
    const guide = bySlug.get(row.guide);
    const stat = stats.get(statsKey(row.guide, row.stepId));
    const flagged = stat ? signalsJumped(stat) : false;
    guidesWithReports.add(row.guide);
    items.push({
      kind: "step",
      tier: flagged ? 1 : 2,
      guide: row.guide,
      platform: guide?.platform ?? row.guide,
      lastReviewed: guide?.lastReviewed ?? null,
      review: reviews.get(row.guide) ?? null,
      stepId: row.stepId,
      stepTitle: stepById(guide?.steps, row.stepId)?.title ?? null,
      openReports: row._count._all,
      oldestOpenAt: row._min.createdAt,
      flagged,
      signals7d: stat?.signals7d ?? 0,
    });
  }
  for (const guide of guides) {
    const review = reviews.get(guide.slug)!;
    if (!review.overdue || guidesWithReports.has(guide.slug)) continue;
    items.push({ kind: "guide", tier: 3, guide: guide.slug, platform: guide.platform, lastReviewed: guide.lastReviewed, review, openReports: 0, oldestOpenAt: null, flagged: false, signals7d: 0 });
  }
  const time = (d: Date | null) => d?.getTime() ?? Number.POSITIVE_INFINITY;
  return items.sort(
    (a, b) =>
      a.tier - b.tier ||
      (a.tier === 1 ? b.signals7d - a.signals7d : 0) ||
      (a.tier === 3 ? (b.review?.daysOverdue ?? 0) - (a.review?.daysOverdue ?? 0) : 0) ||
      Number(b.review?.overdue ?? false) - Number(a.review?.overdue ?? false) ||
      b.openReports - a.openReports ||
      time(a.oldestOpenAt) - time(b.oldestOpenAt) ||
      a.guide.localeCompare(b.guide) ||
      (a.stepId ?? "").localeCompare(b.stepId ?? ""),
  );
}

/** The desk's copy of the list: the same function, behind the editor check. */
export async function deskStaleList(db: PrismaClient, editorId: string, guides: readonly ReviewGuide[], now = new Date()): Promise<StaleItem[]> {
  await assertEditor(db, editorId);
  return staleList(db, guides, now);
}

/** Why an item is on the list, as data: the desk words it in the editor's language, the command line in English. */
export type StaleReason =
  | { kind: "open"; reports: number; daysWaiting: number }
  | { kind: "jumped"; signals7d: number }
  | { kind: "guideGone" }
  | { kind: "stepGone" }
  | { kind: "overdue"; ofGuideOfStep: boolean; days: number; ageInWords: string };

export function staleReasons(item: StaleItem, now = new Date()): StaleReason[] {
  const reasons: StaleReason[] = [];
  if (item.kind === "step") {
    const daysWaiting = item.oldestOpenAt ? Math.max(0, Math.floor((now.getTime() - item.oldestOpenAt.getTime()) / DAY_MS)) : 0;
    reasons.push({ kind: "open", reports: item.openReports, daysWaiting });
    if (item.flagged) reasons.push({ kind: "jumped", signals7d: item.signals7d });
    if (item.review === null) reasons.push({ kind: "guideGone" });
    else if (item.stepTitle === null) reasons.push({ kind: "stepGone" });
  }
  if (item.review?.overdue) reasons.push({ kind: "overdue", ofGuideOfStep: item.kind === "step", days: item.review.daysOverdue, ageInWords: item.review.ageInWords });
  return reasons;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Why an item is on the list, in one line for the command line (scripts/content-stale.ts). */
export function staleReason(item: StaleItem, now = new Date()): string {
  return staleReasons(item, now)
    .map((r) => {
      switch (r.kind) {
        case "open":
          return `${plural(r.reports, "open report")}, the oldest ${r.daysWaiting === 0 ? "from today" : `${plural(r.daysWaiting, "day")} old`}`;
        case "jumped":
          return `readers' signals jumped (${r.signals7d} in the last 7 days)`;
        case "guideGone":
          return "the guide is no longer in the content";
        case "stepGone":
          return "the step is no longer in the guide";
        case "overdue":
          return `${r.ofGuideOfStep ? "guide " : ""}overdue by ${plural(r.days, "day")} (last checked ${r.ageInWords} ago)`;
      }
    })
    .join("; ");
}
