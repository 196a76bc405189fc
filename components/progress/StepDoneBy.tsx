"use client";
import { useLocale, useTranslations } from "next-intl";
import { useProgress } from "@/lib/progress/store";
import { formatCount } from "@/lib/i18n/numbers";

/**
 * "Done by 412 people in the last 30 days" under a step, from the counts that arrive with the ticks
 * (lib/jobs/step-stats.ts). Nothing is shown until at least 10 people are in the count.
 */
export function StepDoneBy({ stepId }: { stepId: string }) {
  const t = useTranslations("client.doneBy");
  const locale = useLocale();
  const count = useProgress().doneBy.get(stepId);
  if (count === undefined) return null;
  return (
    <p className="no-print mt-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="done-by">
      {t("text", { n: formatCount(count, locale) })}
    </p>
  );
}
