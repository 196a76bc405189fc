import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { PlanProgress, SetAsideGroup } from "@/lib/plan/rules";
import { guidePath, stepPath, PLAN_PATH, localePath } from "@/lib/paths";
import { formatList } from "@/lib/i18n/lists";
import { ProgressBar } from "@/components/ui/ProgressBar";

/** "3 steps only apply in the EU / EEA; 1 step only applies in the EU / EEA or the UK", in the page's language. */
function useSetAsideText(): (groups: readonly SetAsideGroup[]) => string {
  const t = useTranslations("checklist");
  const locale = useLocale();
  return (groups) =>
    groups
      .map((g) => t("setAside", { count: g.count, regions: formatList(g.regions.map((r) => t(`regionName.${r}`)), locale, "or") }))
      .join("; ");
}

/** "3 steps only apply in the EU (left out of the counts).": why the counts are smaller than the guides. */
export function SetAsideNote({ groups }: { groups: readonly SetAsideGroup[] }) {
  const t = useTranslations("checklist");
  const text = useSetAsideText();
  if (!groups.length) return null;
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="set-aside">
      {t("setAsideNote", { lines: text(groups) })}
    </p>
  );
}

/** The top of /checklist for a reader with a plan: "N of M steps done", then each guide's progress and next step. */
export function PlanSection({ progress }: { progress: PlanProgress }) {
  const locale = useLocale();
  const t = useTranslations("checklist");
  const setAsideText = useSetAsideText();
  return (
    <section aria-labelledby="plan-progress-heading" className="mt-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="plan-progress-heading" className="text-xl font-semibold">
        {t("planHeading", { done: progress.done, total: progress.total })}
      </h2>
      <ProgressBar done={progress.done} total={progress.total} label={t("planLabel")} className="mt-2" />
      <SetAsideNote groups={progress.setAside} />
      <ol className="mt-3 space-y-2">
        {progress.guides.map((g) => (
          <li key={g.slug} className="flex flex-wrap items-baseline justify-between gap-x-2">
            <span>
              <Link href={guidePath(g.slug, undefined, locale)} className="font-medium underline">
                {g.platform}
              </Link>{" "}
              <span className="text-sm text-zinc-700 dark:text-zinc-300">
                {t("stepsDone", { done: g.done, total: g.total })}
                {g.setAside.length ? ` · ${setAsideText(g.setAside)}` : ""}
              </span>
            </span>
            {g.next ? (
              <Link href={stepPath(g.slug, g.next.id, locale)} className="text-sm underline">
                {t("planNext", { title: g.next.title })}
              </Link>
            ) : (
              <span className="text-sm text-emerald-800 dark:text-emerald-300">{g.total ? t("allDone") : t("noneApplies")}</span>
            )}
            <ProgressBar done={g.done} total={g.total} label={g.platform} className="mt-1" />
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm">
        <Link href={localePath(locale, PLAN_PATH)} className="underline">
          {t("changePlan")}
        </Link>
      </p>
    </section>
  );
}
