/**
 * Readers' reports that a step moved, and the editor desk that handles them.
 *
 * Filing: no account needed, so abuse is limited per client through the shared PostgreSQL rate limiter
 * (lib/http/rate-limit.ts); the report row itself keeps nothing about who sent it. Reports have a kind:
 * `out_of_date` (the form under each step) or `cant_find` (the walkthrough's "I can't find this",
 * issue 11, which only has to file reports with that kind: the desk already groups and counts by kind).
 *
 * The desk: every query and action takes the editor id the caller resolved from the session and checks
 * the role again in the database (assertEditor), like lib/progress/server.ts checks ownership.
 */
import { z } from "zod";
import type { PrismaClient, ReportKind, ReportStatus } from "@/lib/generated/prisma/client";
import { findStep, type Manifest } from "@/lib/content/guides";
import { reviewStatus, type ReviewGuide, type ReviewStatus } from "@/lib/content/review";
import { UserFacingError } from "@/lib/http/errors";
import { assertEditor } from "@/lib/editor/role";
import { allStepStats, shownPeople, signalsJumped, statsKey } from "@/lib/jobs/step-stats";
import { parseInput, plainText, slug } from "@/lib/http/validation";
import type { RateLimitResult } from "@/lib/http/rate-limit";
import { stepById } from "@/lib/content/steps";

export const REPORT_MAX_LENGTH = 1000;

export const reportInputSchema = z.object({
  guide: slug,
  stepId: slug,
  /** The seam for issue 11: the walkthrough files `cant_find`; the form under each step sends nothing (out_of_date). */
  kind: z.enum(["out_of_date", "cant_find"], { error: "kind must be out_of_date or cant_find" }).default("out_of_date"),
  message: plainText(5, REPORT_MAX_LENGTH, {
    missing: "Say what is out of date.",
    short: "Say in a few words what is out of date (at least 5 characters).",
    long: `Keep the report under ${REPORT_MAX_LENGTH} characters.`,
  }),
});

/** What a reader is told when a limit refuses a report, and the /report page's result code for it (JavaScript off). */
export const REPORT_REFUSALS = {
  reportsPerClient: { result: "too-many", text: "Thank you, you have sent several reports in the last few minutes. Please try again later." },
  reportsPerStep: { result: "step-known", text: "Thank you: this step was reported several times in the last hour, so it is already on the editors' desk." },
  reportsEveryone: { result: "busy", text: "We are receiving unusually many reports just now. Please try again in an hour." },
} as const;
type RefusingLimit = keyof typeof REPORT_REFUSALS;

export class ReportRefusedError extends UserFacingError {
  override name = "ReportRefusedError";
  constructor(readonly limit: RefusingLimit) {
    super(429, REPORT_REFUSALS[limit].text);
  }
}

/**
 * Files a report after `spendLimit` allowed it (lib/editor/report-limits.ts). The limits are spent only for
 * valid reports, so a mistyped form does not use up a person's allowance.
 */
export async function submitReport(db: PrismaClient, input: unknown, manifest: Manifest, spendLimit: (step: { guide: string; stepId: string }) => Promise<RateLimitResult>, now = new Date()) {
  const { guide, stepId, kind, message } = parseInput(reportInputSchema, input);
  findStep(manifest, guide, stepId);
  const limit = await spendLimit({ guide, stepId });
  if (!limit.allowed) {
    throw new ReportRefusedError(limit.limit && limit.limit in REPORT_REFUSALS ? (limit.limit as RefusingLimit) : "reportsPerClient");
  }
  return db.stepReport.create({ data: { guide, stepId, kind, message, createdAt: now }, select: { id: true, createdAt: true } });
}

// ---------------------------------------------------------------------------------------------------
// The editor desk

export const REPORT_STATUSES = ["open", "resolved", "duplicate"] as const satisfies readonly ReportStatus[];
export const DESK_STATES = [...REPORT_STATUSES, "all"] as const;
export type DeskState = (typeof DESK_STATES)[number];
export const NOTE_MAX_LENGTH = 1000;
/** Report texts shown at once; counts are always exact. */
export const DESK_REPORT_LIMIT = 300;

export const deskFilterSchema = z.strictObject({
  guide: slug.optional(),
  state: z.enum(DESK_STATES, { error: `state must be one of: ${DESK_STATES.join(", ")}` }).default("open"),
});
export type DeskFilter = z.infer<typeof deskFilterSchema>;

/** The desk's filter from the query string; anything unknown falls back to the default (open, every guide). */
export function readDeskFilter(params: Record<string, string | string[] | undefined>, guides: readonly { slug: string }[]): DeskFilter {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const guide = one(params.guide);
  const state = one(params.state);
  return {
    guide: guide && guides.some((g) => g.slug === guide) ? guide : undefined,
    state: (DESK_STATES as readonly string[]).includes(state ?? "") ? (state as DeskState) : "open",
  };
}

export type DeskReport = { id: string; kind: ReportKind; message: string; status: ReportStatus; note: string | null; createdAt: Date; handledAt: Date | null };

export type DeskStep = {
  stepId: string;
  /** The step as the guide has it today; null when the step (or its guide) is no longer in the content. */
  current: { number: number; title: string; excerpt: string } | null;
  counts: Record<ReportKind, number>;
  total: number;
  newestAt: Date;
  /** The newest reports of this step (all of them unless the desk hit DESK_REPORT_LIMIT). */
  reports: DeskReport[];
  /** From the rollup: people who ticked it in the last 30 days (null when fewer than 10), and its signals. */
  stats: { doneBy: number | null; outOfDate30d: number; cantFind30d: number; signals7d: number } | null;
  /** The share of "this step moved" signals jumped (lib/jobs/step-stats.ts signalsJumped): listed first. */
  flagged: boolean;
};

export type DeskGroup = { guide: string; platform: string; lastReviewed: string | null; review: ReviewStatus | null; total: number; newestAt: Date; steps: DeskStep[] };

export type DeskView = {
  filter: DeskFilter;
  /** Reports per state under the guide filter, for the filter's labels. */
  stateCounts: Record<ReportStatus, number>;
  total: number;
  groups: DeskGroup[];
  /** True when more reports match than DESK_REPORT_LIMIT: the oldest texts are not shown (counts still are). */
  truncated: boolean;
};

const byFlagThenNewest = (a: { flagged: boolean; newestAt: Date }, b: { flagged: boolean; newestAt: Date }) =>
  Number(b.flagged) - Number(a.flagged) || b.newestAt.getTime() - a.newestAt.getTime();

/**
 * Reports grouped by guide and step, with counts per kind, newest first; steps whose signals jumped
 * come first, and so do their guides. Never anything about who sent a report: the rows have nothing.
 */
export async function deskReports(db: PrismaClient, editorId: string, input: unknown, guides: readonly ReviewGuide[], now = new Date()): Promise<DeskView> {
  await assertEditor(db, editorId);
  const filter = parseInput(deskFilterSchema, input);
  const where = { ...(filter.guide ? { guide: filter.guide } : {}), ...(filter.state === "all" ? {} : { status: filter.state }) };
  const [counts, states, rows, stats] = await Promise.all([
    db.stepReport.groupBy({ by: ["guide", "stepId", "kind"], where, _count: { _all: true }, _max: { createdAt: true } }),
    db.stepReport.groupBy({ by: ["status"], where: filter.guide ? { guide: filter.guide } : {}, _count: { _all: true } }),
    db.stepReport.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: DESK_REPORT_LIMIT,
      select: { id: true, guide: true, stepId: true, kind: true, message: true, status: true, note: true, createdAt: true, handledAt: true },
    }),
    allStepStats(db),
  ]);
  const guideBySlug = new Map(guides.map((g) => [g.slug, g]));
  const groups = new Map<string, DeskGroup>();
  const steps = new Map<string, DeskStep>();
  for (const c of counts) {
    let group = groups.get(c.guide);
    if (!group) {
      const guide = guideBySlug.get(c.guide);
      group = {
        guide: c.guide,
        platform: guide?.platform ?? c.guide,
        lastReviewed: guide?.lastReviewed ?? null,
        review: guide ? reviewStatus(guide.lastReviewed, guide.reviewEvery, now) : null,
        total: 0,
        newestAt: new Date(0),
        steps: [],
      };
      groups.set(c.guide, group);
    }
    const key = statsKey(c.guide, c.stepId);
    let step = steps.get(key);
    if (!step) {
      const current = stepById(guideBySlug.get(c.guide)?.steps, c.stepId);
      const row = stats.get(key);
      step = {
        stepId: c.stepId,
        current: current ? { number: current.number, title: current.title, excerpt: current.excerpt } : null,
        counts: { out_of_date: 0, cant_find: 0 },
        total: 0,
        newestAt: new Date(0),
        reports: [],
        stats: row ? { doneBy: shownPeople(row.ticks30d), outOfDate30d: row.outOfDate30d, cantFind30d: row.cantFind30d, signals7d: row.signals7d } : null,
        flagged: row ? signalsJumped(row) : false,
      };
      steps.set(key, step);
      group.steps.push(step);
    }
    step.counts[c.kind] += c._count._all;
    step.total += c._count._all;
    group.total += c._count._all;
    if (c._max.createdAt && c._max.createdAt > step.newestAt) step.newestAt = c._max.createdAt;
    if (step.newestAt > group.newestAt) group.newestAt = step.newestAt;
  }
  for (const { guide, stepId, ...report } of rows) steps.get(statsKey(guide, stepId))?.reports.push(report);
  for (const group of groups.values()) group.steps.sort(byFlagThenNewest);
  const sorted = [...groups.values()].sort((a, b) => byFlagThenNewest({ flagged: a.steps.some((s) => s.flagged), newestAt: a.newestAt }, { flagged: b.steps.some((s) => s.flagged), newestAt: b.newestAt }));
  const stateCounts: Record<ReportStatus, number> = { open: 0, resolved: 0, duplicate: 0 };
  for (const s of states) stateCounts[s.status] = s._count._all;
  const total = counts.reduce((sum, c) => sum + c._count._all, 0);
  return { filter, stateCounts, total, groups: sorted, truncated: total > rows.length };
}

const reportId = z.string({ error: "Choose a report." }).regex(/^[a-z0-9]{10,40}$/, "That is not a report id.");
const note = (required: boolean) =>
  plainText(required ? 3 : 0, NOTE_MAX_LENGTH, {
    missing: "Write a short note on what you did.",
    short: "Write a short note on what you did (at least 3 characters).",
    long: `Keep the note under ${NOTE_MAX_LENGTH} characters.`,
  });

export const resolveInputSchema = z.strictObject({ reportId, note: note(true) });
export const resolveStepInputSchema = z.strictObject({ guide: slug, stepId: slug, note: note(true) });
export const duplicateInputSchema = z.strictObject({ reportId, note: note(false).optional() });
export const reopenInputSchema = z.strictObject({ reportId });

/** Why nothing changed: the report is gone, or it is not in the state the action needs. */
async function explainUnchanged(db: PrismaClient, id: string, action: string): Promise<never> {
  const report = await db.stepReport.findUnique({ where: { id }, select: { status: true } });
  if (!report) throw new UserFacingError(404, "That report does not exist any more.", "report-gone");
  throw new UserFacingError(409, `That report is ${report.status === "open" ? "open" : `already ${report.status === "duplicate" ? "marked as a duplicate" : "resolved"}`}, so it cannot be ${action}.`, "report-not-open", { status: report.status });
}

/** Resolves one open report with a note on what was done. */
export async function resolveReport(db: PrismaClient, editorId: string, input: unknown, now = new Date()): Promise<void> {
  await assertEditor(db, editorId);
  const { reportId: id, note } = parseInput(resolveInputSchema, input);
  const { count } = await db.stepReport.updateMany({ where: { id, status: "open" }, data: { status: "resolved", note, handledAt: now } });
  if (count === 0) await explainUnchanged(db, id, "resolved");
}

/** Resolves every open report of one step with the same note (the step was fixed); returns how many. */
export async function resolveStepReports(db: PrismaClient, editorId: string, input: unknown, now = new Date()): Promise<number> {
  await assertEditor(db, editorId);
  const { guide, stepId, note } = parseInput(resolveStepInputSchema, input);
  const { count } = await db.stepReport.updateMany({ where: { guide, stepId, status: "open" }, data: { status: "resolved", note, handledAt: now } });
  if (count === 0) throw new UserFacingError(409, "That step has no open reports.", "no-open-reports");
  return count;
}

/** Marks one open report as a duplicate of another (an optional note says which). */
export async function markDuplicate(db: PrismaClient, editorId: string, input: unknown, now = new Date()): Promise<void> {
  await assertEditor(db, editorId);
  const { reportId: id, note } = parseInput(duplicateInputSchema, input);
  const { count } = await db.stepReport.updateMany({ where: { id, status: "open" }, data: { status: "duplicate", note: note || null, handledAt: now } });
  if (count === 0) await explainUnchanged(db, id, "marked as a duplicate");
}

/** Puts a resolved or duplicate report back on the open list; its earlier note stays for context. */
export async function reopenReport(db: PrismaClient, editorId: string, input: unknown): Promise<void> {
  await assertEditor(db, editorId);
  const { reportId: id } = parseInput(reopenInputSchema, input);
  const { count } = await db.stepReport.updateMany({ where: { id, status: { in: ["resolved", "duplicate"] } }, data: { status: "open", handledAt: null } });
  if (count === 0) await explainUnchanged(db, id, "reopened");
}
