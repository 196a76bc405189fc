import type { Checklist } from "@/lib/progress/checklist";
import { plural } from "@/lib/format";
import { SetAsideNote } from "./PlanSection";

/** "12 of 30 steps done in 4 guides": the whole checklist in one line. */
export function OverallSection({ overall }: { overall: Checklist["overall"] }) {
  return (
    <section aria-labelledby="overall-heading" className="mt-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="overall-heading" className="font-semibold">
        {overall.guidesStarted === 0 ? "You have not started a guide yet." : `${overall.done} of ${overall.total} steps done in ${plural(overall.guidesStarted, "guide")}`}
      </h2>
      {overall.guidesStarted ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{plural(overall.guidesFinished, "guide")} finished.</p> : null}
      <SetAsideNote lines={overall.guidesStarted ? overall.setAside : []} />
    </section>
  );
}
