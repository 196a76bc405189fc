import { useLocale } from "next-intl";
import Link from "next/link";
import { ActionForm } from "@/components/ui/ActionForm";
import { markDuplicateAction, reopenReportAction, resolveReportAction, resolveStepAction } from "@/lib/editor/actions";
import { REPORT_KIND_LABELS, NOTE_MAX_LENGTH, type DeskGroup, type DeskReport, type DeskStep } from "@/lib/editor/reports";
import { formatDate, formatDateTime, plural } from "@/lib/format";
import { STATS_MIN_PEOPLE, STATS_WINDOW_DAYS } from "@/lib/jobs/step-stats";
import { guidePath } from "@/lib/paths";

const field = "w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950";
const badge = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium";
const STATUS_LABELS = { open: "Open", resolved: "Resolved", duplicate: "Duplicate" } as const;

function KindBadge({ kind }: { kind: DeskReport["kind"] }) {
  return (
    <span className={`${badge} ${kind === "cant_find" ? "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100" : "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100"}`}>
      {REPORT_KIND_LABELS[kind]}
    </span>
  );
}

/** One report: the reader's words (escaped by React, line breaks kept), when, and what can be done with it. */
function ReportCard({ report }: { report: DeskReport }) {
  const noteId = `note-${report.id}`;
  const dupId = `dup-${report.id}`;
  return (
    <li className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" data-report-id={report.id}>
      <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <KindBadge kind={report.kind} />
        <span className={`${badge} border border-zinc-300 text-zinc-800 dark:border-zinc-700 dark:text-zinc-200`}>{STATUS_LABELS[report.status]}</span>
        <time dateTime={report.createdAt.toISOString()}>{formatDateTime(report.createdAt)}</time>
      </div>
      {report.message ? (
        <blockquote className="mt-2 whitespace-pre-wrap break-words border-l-4 border-zinc-300 pl-3 text-zinc-900 dark:border-zinc-700 dark:text-zinc-100">{report.message}</blockquote>
      ) : (
        <p className="mt-2 text-sm italic text-zinc-600 dark:text-zinc-400">No message.</p>
      )}
      {report.note ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          <span className="font-medium">{report.status === "open" ? "Earlier note" : "Note"}:</span> <span className="whitespace-pre-wrap break-words">{report.note}</span>
          {report.handledAt ? <span className="text-zinc-600 dark:text-zinc-400"> ({formatDateTime(report.handledAt)})</span> : null}
        </p>
      ) : report.handledAt ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Handled {formatDateTime(report.handledAt)}.</p>
      ) : null}
      {report.status === "open" ? (
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <ActionForm action={resolveReportAction} submitLabel="Resolve" className="flex flex-col items-start gap-2">
            <input type="hidden" name="reportId" value={report.id} />
            <label htmlFor={noteId} className="text-sm font-medium">
              Note: what you checked or changed
            </label>
            <textarea id={noteId} name="note" rows={2} required minLength={3} maxLength={NOTE_MAX_LENGTH} className={field} />
          </ActionForm>
          <ActionForm action={markDuplicateAction} submitLabel="Mark duplicate" className="flex flex-col items-start gap-2">
            <input type="hidden" name="reportId" value={report.id} />
            <label htmlFor={dupId} className="text-sm font-medium">
              Duplicate of (optional)
            </label>
            <input id={dupId} name="note" maxLength={NOTE_MAX_LENGTH} className={field} />
          </ActionForm>
        </div>
      ) : (
        <ActionForm action={reopenReportAction} submitLabel="Reopen" className="mt-3 flex flex-wrap items-center gap-2">
          <input type="hidden" name="reportId" value={report.id} />
        </ActionForm>
      )}
    </li>
  );
}

function StepStatsLine({ step }: { step: DeskStep }) {
  if (!step.stats) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No ticks or reports in the last {STATS_WINDOW_DAYS} days at the last stats refresh.</p>;
  const { doneBy, outOfDate30d, cantFind30d, signals7d } = step.stats;
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300">
      Last {STATS_WINDOW_DAYS} days: {doneBy === null ? `done by fewer than ${STATS_MIN_PEOPLE} people` : `done by ${doneBy.toLocaleString("en-GB")} people`}, {plural(outOfDate30d, "out-of-date report")},{" "}
      {plural(cantFind30d, "can't-find signal")}; {signals7d} signal{signals7d === 1 ? "" : "s"} in the last 7 days.
    </p>
  );
}

function StepGroup({ guide, step }: { guide: string; step: DeskStep }) {
  const locale = useLocale();
  const headingId = `step-${guide}-${step.stepId}`;
  const allNoteId = `all-${guide}-${step.stepId}`;
  const openCount = step.reports.filter((r) => r.status === "open").length;
  return (
    <li className={`rounded-xl border p-4 ${step.flagged ? "border-red-400 dark:border-red-700" : "border-zinc-200 dark:border-zinc-800"}`} aria-labelledby={headingId}>
      <div className="flex flex-wrap items-baseline gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {step.current ? (
            <Link href={guidePath(guide, step.stepId, locale)} className="underline-offset-2 hover:underline">
              {step.current.number}. {step.current.title}
            </Link>
          ) : (
            <>
              {step.stepId} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">(no longer in the guide)</span>
            </>
          )}
        </h3>
        {step.flagged ? <span className={`${badge} bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100`}>Signals jumped: check first</span> : null}
      </div>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        {plural(step.total, "report")}: {step.counts.out_of_date} out of date, {step.counts.cant_find} can&apos;t find it; newest {formatDateTime(step.newestAt)}.
      </p>
      <StepStatsLine step={step} />
      {step.current ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-zinc-700 underline-offset-2 hover:underline dark:text-zinc-300">The step&apos;s text today</summary>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">{step.current.excerpt}</p>
        </details>
      ) : null}
      <ol className="mt-3 space-y-3">
        {step.reports.map((report) => (
          <ReportCard key={report.id} report={report} />
        ))}
      </ol>
      {step.reports.length < step.total ? <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Older reports of this step are not shown; handle these first.</p> : null}
      {openCount > 1 ? (
        <ActionForm action={resolveStepAction} submitLabel={`Resolve all open reports of this step`} className="mt-3 flex flex-col items-start gap-2 rounded-lg bg-zinc-50 p-3 dark:bg-zinc-900">
          <input type="hidden" name="guide" value={guide} />
          <input type="hidden" name="stepId" value={step.stepId} />
          <label htmlFor={allNoteId} className="text-sm font-medium">
            One note for all of them
          </label>
          <textarea id={allNoteId} name="note" rows={2} required minLength={3} maxLength={NOTE_MAX_LENGTH} className={field} />
        </ActionForm>
      ) : null}
    </li>
  );
}

/** Reports grouped by guide and step, as lib/editor/reports.ts deskReports orders them (flagged steps first, then newest). */
export function ReportGroups({ groups }: { groups: DeskGroup[] }) {
  return (
    <ol className="mt-6 space-y-8">
      {groups.map((group) => (
        <li key={group.guide} aria-labelledby={`guide-${group.guide}`}>
          <h2 id={`guide-${group.guide}`} className="text-xl font-semibold">
            {group.platform} <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">({plural(group.total, "report")})</span>
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {group.lastReviewed ? (
              <>
                Last reviewed <time dateTime={group.lastReviewed}>{formatDate(group.lastReviewed)}</time>
                {group.review?.overdue ? <strong className="font-semibold text-amber-800 dark:text-amber-300"> · overdue by {plural(group.review.daysOverdue, "day")}</strong> : <> · re-check due {formatDate(group.review!.dueOn)}</>}
              </>
            ) : (
              "This guide is no longer in the content."
            )}
          </p>
          <ol className="mt-3 space-y-4">
            {group.steps.map((step) => (
              <StepGroup key={step.stepId} guide={group.guide} step={step} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
