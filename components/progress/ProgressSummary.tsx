"use client";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { guidePath, signInPath } from "@/lib/paths";
import { useEffect } from "react";
import { startProgress, useProgress } from "@/lib/progress/store";
import { formatCount } from "@/lib/i18n/numbers";

/** "3 of 7 steps done" and where the ticks are kept; starts loading the person's progress. */
export function ProgressSummary({ guide, stepIds }: { guide: string; stepIds: string[] }) {
  const locale = useLocale();
  const t = useTranslations("client.progress");
  useEffect(() => startProgress(guide), [guide]);
  const progress = useProgress();
  const done = stepIds.filter((id) => progress.done.has(id)).length;
  const pending = stepIds.filter((id) => progress.pending.has(id)).length;
  const percent = stepIds.length ? Math.round((done / stepIds.length) * 100) : 0;
  return (
    <div role="group" className="no-print mt-6 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800" aria-labelledby="progress-line">
      <p id="progress-line" className="font-semibold">
        {progress.mode === "loading" ? t("loading") : t("done", { done: formatCount(done, locale), total: stepIds.length, n: formatCount(stepIds.length, locale) })}
      </p>
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p role="status" className="mt-2 min-h-10 text-sm text-zinc-700 sm:min-h-5 dark:text-zinc-300">
        {progress.message ??
          (progress.mode === "anonymous" ? (
            t.rich("deviceOnly", {
              link: (chunks) => (
                <Link href={signInPath(guidePath(guide, undefined, locale), locale)} prefetch={false} className="underline">
                  {chunks}
                </Link>
              ),
            })
          ) : progress.mode === "signed-in" ? (
            pending ? t("notSaved", { count: pending }) : t("allSaved")
          ) : null)}
      </p>
    </div>
  );
}
