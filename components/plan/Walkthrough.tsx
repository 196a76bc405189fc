"use client";
import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { startProgress, toggleStep, useProgress } from "@/components/progress/progress-store";

type Props = { guide: string; stepId: string; stepTitle: string; prev: string | null; next: string; position: string };

const INTERACTIVE = "input, textarea, select, button, a, [contenteditable]";

/**
 * The walkthrough's buttons on a step page: Done, next step (through the one tick store), Skip, Back,
 * and "I can't find this" (a cant_find report). Keyboard: Enter = done, → = skip, ← = back.
 */
export function Walkthrough({ guide, stepId, stepTitle, prev, next, position }: Props) {
  const router = useRouter();
  const progress = useProgress();
  const ready = progress.mode !== "loading";
  const done = progress.done.has(stepId);
  const [announce, setAnnounce] = useState("");
  const [reporting, setReporting] = useState(false);
  const [message, setMessage] = useState("");
  const [reportStatus, setReportStatus] = useState("");
  const textId = useId();

  useEffect(() => {
    startProgress(guide);
    document.getElementById("step-heading")?.focus();
    const t = setTimeout(() => setAnnounce(`${position}: ${stepTitle}`), 100);
    return () => clearTimeout(t);
  }, [guide, position, stepTitle]);

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
    setReportStatus("Sending…");
    const text = message.trim().length >= 5 ? message.trim() : "I could not find this step where the guide says it is.";
    try {
      const res = await fetch("/api/reports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ guide, stepId, kind: "cant_find", message: text }),
      });
      if (res.ok) {
        setReportStatus("Thank you: an editor will check this step.");
        setReporting(false);
        setMessage("");
      } else {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        setReportStatus(body.error ?? "That did not work. Please try again.");
      }
    } catch {
      setReportStatus("We could not reach the server. Please try again.");
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
          Done, next step
        </button>
        <button type="button" onClick={skip} className={`${button} border border-zinc-300 dark:border-zinc-700`}>
          Skip for now
        </button>
        {prev ? (
          <button type="button" onClick={back} className={`${button} border border-zinc-300 dark:border-zinc-700`}>
            Back
          </button>
        ) : null}
        <button type="button" onClick={() => setReporting((r) => !r)} aria-expanded={reporting} className={`${button} underline`}>
          I can&apos;t find this
        </button>
      </div>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {done ? "You did this step. " : ""}Keys: Enter = done, → = skip, ← = back.
      </p>
      {reporting ? (
        <form onSubmit={sendReport} className="mt-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <label htmlFor={textId} className="font-medium">
            What do you see instead? (optional)
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
            Send to the editors
          </button>
        </form>
      ) : null}
      <p role="status" className="mt-2 min-h-5 text-sm">
        {reportStatus}
      </p>
    </div>
  );
}
