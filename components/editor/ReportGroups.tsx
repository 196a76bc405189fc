import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { ActionForm } from "@/components/ui/ActionForm";
import { markDuplicateAction, reopenReportAction, resolveReportAction, resolveStepAction } from "@/lib/editor/actions";
import { NOTE_MAX_LENGTH, type DeskGroup, type DeskReport, type DeskStep } from "@/lib/editor/reports";
import { formatDay, formatDayTime } from "@/lib/i18n/dates";
import { STATS_MIN_PEOPLE, STATS_WINDOW_DAYS } from "@/lib/jobs/step-stats";
import { guidePath } from "@/lib/paths";

const field = "w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950";
const badge = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium";

function KindBadge({ kind }: { kind: DeskReport["kind"] }) {
  const t = useTranslations("editor");
  return (
    <span className={`${badge} ${kind === "cant_find" ? "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100" : "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100"}`}>
      {t(`kind.${kind}`)}
    </span>
  );
}

/** One report: the reader's words (escaped by React, line breaks kept), when, and what can be done with it. */
function ReportCard({ report }: { report: DeskReport }) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const noteId = `note-${report.id}`;
  const dupId = `dup-${report.id}`;
  return (
    <li className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" data-report-id={report.id}>
      <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <KindBadge kind={report.kind} />
        <span className={`${badge} border border-zinc-300 text-zinc-800 dark:border-zinc-700 dark:text-zinc-200`}>{t(`status.${report.status}`)}</span>
        <time dateTime={report.createdAt.toISOString()}>{formatDayTime(report.createdAt, locale)}</time>
      </div>
      {report.message ? (
        <blockquote className="mt-2 whitespace-pre-wrap break-words border-l-4 border-zinc-300 pl-3 text-zinc-900 dark:border-zinc-700 dark:text-zinc-100">{report.message}</blockquote>
      ) : (
        <p className="mt-2 text-sm italic text-zinc-600 dark:text-zinc-400">{t("noMessage")}</p>
      )}
      {report.note ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          <span className="font-medium">{report.status === "open" ? t("earlierNote") : t("note")}:</span> <span className="whitespace-pre-wrap break-words">{report.note}</span>
          {report.handledAt ? <span className="text-zinc-600 dark:text-zinc-400"> ({formatDayTime(report.handledAt, locale)})</span> : null}
        </p>
      ) : report.handledAt ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t("handled", { date: formatDayTime(report.handledAt, locale) })}</p>
      ) : null}
      {report.status === "open" ? (
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <ActionForm action={resolveReportAction} submitLabel={t("resolve")} className="flex flex-col items-start gap-2">
            <input type="hidden" name="reportId" value={report.id} />
            <label htmlFor={noteId} className="text-sm font-medium">
              {t("noteLabel")}
            </label>
            <textarea id={noteId} name="note" rows={2} required minLength={3} maxLength={NOTE_MAX_LENGTH} className={field} />
          </ActionForm>
          <ActionForm action={markDuplicateAction} submitLabel={t("markDuplicate")} className="flex flex-col items-start gap-2">
            <input type="hidden" name="reportId" value={report.id} />
            <label htmlFor={dupId} className="text-sm font-medium">
              {t("duplicateOf")}
            </label>
            <input id={dupId} name="note" maxLength={NOTE_MAX_LENGTH} className={field} />
          </ActionForm>
        </div>
      ) : (
        <ActionForm action={reopenReportAction} submitLabel={t("reopen")} className="mt-3 flex flex-wrap items-center gap-2">
          <input type="hidden" name="reportId" value={report.id} />
        </ActionForm>
      )}
    </li>
  );
}

function StepStatsLine({ step }: { step: DeskStep }) {
  const t = useTranslations("editor");
  if (!step.stats) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("noStats", { days: STATS_WINDOW_DAYS })}</p>;
  const { doneBy, outOfDate30d, cantFind30d, signals7d } = step.stats;
  const done = doneBy === null ? t("doneByFew", { min: STATS_MIN_PEOPLE }) : t("doneBy", { count: doneBy });
  return <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("stats", { days: STATS_WINDOW_DAYS, done, outOfDate: outOfDate30d, cantFind: cantFind30d, signals: signals7d })}</p>;
}

function StepGroup({ guide, step }: { guide: string; step: DeskStep }) {
  const locale = useLocale();
  const t = useTranslations("editor");
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
              {step.stepId} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">{t("noLongerInGuide")}</span>
            </>
          )}
        </h3>
        {step.flagged ? <span className={`${badge} bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100`}>{t("checkFirst")}</span> : null}
      </div>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        {t("stepCounts", { total: step.total, outOfDate: step.counts.out_of_date, cantFind: step.counts.cant_find, newest: formatDayTime(step.newestAt, locale) })}
      </p>
      <StepStatsLine step={step} />
      {step.current ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-zinc-700 underline-offset-2 hover:underline dark:text-zinc-300">{t("stepTextToday")}</summary>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">{step.current.excerpt}</p>
        </details>
      ) : null}
      <ol className="mt-3 space-y-3">
        {step.reports.map((report) => (
          <ReportCard key={report.id} report={report} />
        ))}
      </ol>
      {step.reports.length < step.total ? <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t("olderHidden")}</p> : null}
      {openCount > 1 ? (
        <ActionForm action={resolveStepAction} submitLabel={t("resolveAll")} className="mt-3 flex flex-col items-start gap-2 rounded-lg bg-zinc-50 p-3 dark:bg-zinc-900">
          <input type="hidden" name="guide" value={guide} />
          <input type="hidden" name="stepId" value={step.stepId} />
          <label htmlFor={allNoteId} className="text-sm font-medium">
            {t("oneNote")}
          </label>
          <textarea id={allNoteId} name="note" rows={2} required minLength={3} maxLength={NOTE_MAX_LENGTH} className={field} />
        </ActionForm>
      ) : null}
    </li>
  );
}

/** Reports grouped by guide and step, as lib/editor/reports.ts deskReports orders them (flagged steps first, then newest). */
export function ReportGroups({ groups }: { groups: DeskGroup[] }) {
  const locale = useLocale();
  const t = useTranslations("editor");
  return (
    <ol className="mt-6 space-y-8">
      {groups.map((group) => (
        <li key={group.guide} aria-labelledby={`guide-${group.guide}`}>
          <h2 id={`guide-${group.guide}`} className="text-xl font-semibold">
            {group.platform} <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">{t("groupTotal", { count: group.total })}</span>
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {group.lastReviewed ? (
              <>
                {t.rich("lastReviewed", { date: () => <time dateTime={group.lastReviewed!}>{formatDay(group.lastReviewed!, locale)}</time> })}
                {group.review?.overdue ? <strong className="font-semibold text-amber-800 dark:text-amber-300">{t("overdueBy", { days: group.review.daysOverdue })}</strong> : <>{t("recheckDue", { date: formatDay(group.review!.dueOn, locale) })}</>}
              </>
            ) : (
              t("guideGone")
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
