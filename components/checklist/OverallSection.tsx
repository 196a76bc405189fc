import { useTranslations } from "next-intl";
import type { Checklist } from "@/lib/progress/checklist";
import { SetAsideNote } from "./PlanSection";

/** "12 of 30 steps done in 4 guides": the whole checklist in one line. */
export function OverallSection({ overall }: { overall: Checklist["overall"] }) {
  const t = useTranslations("checklist");
  return (
    <section aria-labelledby="overall-heading" className="mt-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="overall-heading" className="font-semibold">
        {overall.guidesStarted === 0 ? t("notStarted") : t("overall", { done: overall.done, total: overall.total, guides: overall.guidesStarted })}
      </h2>
      {overall.guidesStarted ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("guidesFinished", { count: overall.guidesFinished })}</p> : null}
      <SetAsideNote groups={overall.guidesStarted ? overall.setAside : []} />
    </section>
  );
}
