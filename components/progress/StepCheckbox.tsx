"use client";
import { useTranslations } from "next-intl";
import { toggleStep, useProgress } from "@/lib/progress/store";

/** The "Done" checkbox of one step, with its own save state next to it. */
export function StepCheckbox({ stepId, title }: { stepId: string; title: string }) {
  const t = useTranslations("client.stepCheckbox");
  const progress = useProgress();
  const ready = progress.mode !== "loading";
  const checked = progress.done.has(stepId);
  const pending = progress.pending.has(stepId);
  const saved = progress.saved.has(stepId);
  return (
    <div className="no-print flex shrink-0 flex-col items-center pt-1">
      <input
        type="checkbox"
        id={`done-${stepId}`}
        aria-label={t("done", { title })}
        aria-describedby={`save-${stepId}`}
        checked={checked}
        disabled={!ready}
        onChange={(e) => toggleStep(stepId, e.target.checked)}
        className="h-6 w-6 cursor-pointer accent-brand-700 disabled:cursor-wait"
      />
      <span id={`save-${stepId}`} className="mt-1 whitespace-nowrap text-[11px] leading-tight text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {pending ? <span className="font-semibold text-amber-800 dark:text-amber-300">{t("notSaved")}</span> : saved ? t("saved") : ""}
      </span>
    </div>
  );
}
