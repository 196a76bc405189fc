"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { startProgress, toggleStep, useProgress } from "@/lib/progress/store";
import { useReaderRegion } from "@/lib/plan/region-store";
import { planPosition } from "@/lib/plan/rules";
import { appliesTo } from "@/lib/plan/reader-region";
import { walkNeighbours, type WalkStep } from "@/lib/plan/walkthrough";
import { guideDonePath, stepPath } from "@/lib/paths";
import { usePlanSummary } from "@/lib/plan/reader-plan";
import { stepById } from "@/lib/content/steps";

type Props = { guide: string; stepId: string; stepTitle: string; steps: WalkStep[]; position: string; planIndexUrl: string };

const INTERACTIVE = "input, textarea, select, button, a, [contenteditable]";

/**
 * The walkthrough's buttons on a step page: Done, next step (through the one tick store), Skip, Back,
 * and "I can't find this" (a cant_find report). Keyboard: Enter = done, → = skip, ← = back. With a
 * region chosen, they go past the steps that do not apply there (lib/plan/walkthrough.ts), as the plan does.
 */
export function Walkthrough({ guide, stepId, stepTitle, steps, position, planIndexUrl }: Props) {
  const locale = useLocale();
  const t = useTranslations("client.walkthrough");
  const labels = useTranslations("client.labels.region");
  const router = useRouter();
  const progress = useProgress();
  const region = useReaderRegion();
  const plan = usePlanSummary(guide, planIndexUrl);
  const ready = progress.mode !== "loading";
  const done = progress.done.has(stepId);
  const neighbours = walkNeighbours(steps, stepId, region);
  const prev = neighbours.prev ? stepPath(guide, neighbours.prev, locale) : null;
  const next = neighbours.next ? stepPath(guide, neighbours.next, locale) : guideDonePath(guide, locale);
  const here = stepById(steps, stepId);
  const notHere = !!here && !appliesTo(here.region, region);
  const at = plan.summary ? planPosition(plan.summary, guide) : null;
  const heard = at ? t("inPlan", { position, index: at.index, total: at.total }) : position;
  const [announce, setAnnounce] = useState("");
  const [reporting, setReporting] = useState(false);
  const [message, setMessage] = useState("");
  const [reportStatus, setReportStatus] = useState("");
  const textId = useId();

  useEffect(() => {
    startProgress(guide);
    document.getElementById("step-heading")?.focus();
  }, [guide]);

  // Said once the plan's part is known, so a screen reader hears the whole heading.
  useEffect(() => {
    if (!plan.ready) return;
    const t = setTimeout(() => setAnnounce(`${heard}: ${stepTitle}`), 100);
    return () => clearTimeout(t);
  }, [plan.ready, heard, stepTitle]);

  function doneNext() {
    if (!ready) return;
    if (!done) toggleStep(stepId, true);
    router.push(next);
  }
  const skip = () => router.push(next);
  const back = () => {
    if (prev) router.push(prev);
  };

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.target instanceof Element && e.target.closest(INTERACTIVE)) return;
      if (e.key === "Enter") doneNext();
      else if (e.key === "ArrowRight") skip();
      else if (e.key === "ArrowLeft") back();
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  async function sendReport(e: React.FormEvent) {
    e.preventDefault();
    setReportStatus(t("sending"));
    const text = message.trim().length >= 5 ? message.trim() : t("defaultReport");
    try {
      const res = await fetch("/api/reports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ guide, stepId, kind: "cant_find", message: text }),
      });
      if (res.ok) {
        setReportStatus(t("thanks"));
        setReporting(false);
        setMessage("");
      } else {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        setReportStatus(body.error ?? t("failed"));
      }
    } catch {
      setReportStatus(t("offline"));
    }
  }

  const button = "rounded-lg px-4 py-2 font-medium";
  return (
    <div className="no-print mt-6">
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={doneNext} disabled={!ready} className={`${button} bg-brand-700 text-white hover:bg-brand-800 disabled:cursor-wait`}>
          {t("doneNext")}
        </button>
        <button type="button" onClick={skip} className={`${button} border border-zinc-300 dark:border-zinc-700`}>
          {t("skip")}
        </button>
        {prev ? (
          <button type="button" onClick={back} className={`${button} border border-zinc-300 dark:border-zinc-700`}>
            {t("back")}
          </button>
        ) : null}
        <button type="button" onClick={() => setReporting((r) => !r)} aria-expanded={reporting} className={`${button} underline`}>
          {t("cantFind")}
        </button>
      </div>
      {notHere && region ? (
        <p className="mt-3 text-sm">
          {t("notHere", { region: labels(region) })}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {done ? `${t("youDid")} ` : ""}
        {t("keys")}
      </p>
      {reporting ? (
        <form onSubmit={sendReport} className="mt-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <label htmlFor={textId} className="font-medium">
            {t("whatInstead")}
          </label>
          <textarea
            id={textId}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            maxLength={1000}
            rows={3}
            className="mt-2 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          />
          <button type="submit" className={`${button} mt-2 bg-brand-700 text-white hover:bg-brand-800`}>
            {t("send")}
          </button>
        </form>
      ) : null}
      <p role="status" className="mt-2 min-h-5 text-sm">
        {reportStatus}
      </p>
    </div>
  );
}
