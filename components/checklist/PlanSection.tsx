import { useLocale } from "next-intl";
import Link from "next/link";
import type { PlanProgress } from "@/lib/plan/rules";
import { guidePath, stepPath, PLAN_PATH, localePath } from "@/lib/paths";
import { ProgressBar } from "@/components/ui/ProgressBar";

/** "3 steps only apply in the EU (left out of the counts).": why the counts are smaller than the guides. */
export function SetAsideNote({ lines }: { lines: string[] }) {
  if (!lines.length) return null;
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="set-aside">
      {lines.join("; ")} (left out of the counts).
    </p>
  );
}

/** The top of /checklist for a reader with a plan: "N of M steps done", then each guide's progress and next step. */
export function PlanSection({ progress }: { progress: PlanProgress }) {
  const locale = useLocale();
  return (
    <section aria-labelledby="plan-progress-heading" className="mt-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="plan-progress-heading" className="text-xl font-semibold">
        Your plan: {progress.done} of {progress.total} steps done
      </h2>
      <ProgressBar done={progress.done} total={progress.total} label="Your plan" className="mt-2" />
      <SetAsideNote lines={progress.setAside} />
      <ol className="mt-3 space-y-2">
        {progress.guides.map((g) => (
          <li key={g.slug} className="flex flex-wrap items-baseline justify-between gap-x-2">
            <span>
              <Link href={guidePath(g.slug, undefined, locale)} className="font-medium underline">
                {g.platform}
              </Link>{" "}
              <span className="text-sm text-zinc-700 dark:text-zinc-300">
                {g.done} of {g.total} steps done
                {g.setAside.length ? ` · ${g.setAside.join("; ")}` : ""}
              </span>
            </span>
            {g.next ? (
              <Link href={stepPath(g.slug, g.next.id, locale)} className="text-sm underline">
                Next: {g.next.title}
              </Link>
            ) : (
              <span className="text-sm text-emerald-800 dark:text-emerald-300">{g.total ? "All steps done." : "No step applies where you live."}</span>
            )}
            <ProgressBar done={g.done} total={g.total} label={g.platform} className="mt-1" />
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm">
        <Link href={localePath(locale, PLAN_PATH)} className="underline">
          Change your plan
        </Link>
      </p>
    </section>
  );
}
