import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { Checklist } from "@/lib/progress/checklist";
import { recheckAction } from "@/lib/progress/actions";
import { guidePath, START_PATH, localePath } from "@/lib/paths";
import { ActionForm } from "@/components/ui/ActionForm";
import { Section } from "@/components/ui/Section";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { SetAsideNote } from "./PlanSection";

/** The guides a reader started (outside their plan, when they have one): progress, next step, re-check. */
export function StartedSection({ started, hasPlan }: { started: Checklist["started"]; hasPlan: boolean }) {
  const locale = useLocale();
  const t = useTranslations("checklist");
  return (
    <Section id="started" title={hasPlan ? t("startedOutsidePlan") : t("startedTitle")}>
      {started.length === 0 && hasPlan ? (
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t("noneOutsidePlan")}</p>
      ) : started.length === 0 ? (
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          {t.rich("startedEmpty", {
            link: (chunks) => (
              <Link href={localePath(locale, START_PATH)} className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <ul className="mt-3 space-y-3">
          {started.map((g) => (
            <li key={g.slug} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  <span className={`print-box print-only${g.done === g.total ? " is-done" : ""}`} aria-hidden="true" />
                  <Link href={guidePath(g.slug, undefined, locale)} className="underline">
                    {g.platform}
                  </Link>
                </h3>
                <span className="text-sm">{t("stepsDone", { done: g.done, total: g.total })}</span>
              </div>
              <ProgressBar done={g.done} total={g.total} label={g.platform} className="mt-1" />
              <SetAsideNote groups={g.setAside} />
              {g.nextStep ? (
                <p className="mt-1 text-sm">
                  {t("nextStep")}{" "}
                  <Link href={guidePath(g.slug, g.nextStep.id, locale)} className="underline">
                    {g.nextStep.number}. {g.nextStep.title}
                  </Link>
                </p>
              ) : (
                <p className="mt-1 text-sm text-emerald-800 dark:text-emerald-300">{t("allDone")}</p>
              )}
              {g.dueForRecheck ? (
                <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-950 dark:bg-amber-900/50 dark:text-amber-100">{t("dueForRecheck")}</span>
                  <ActionForm action={recheckAction} submitLabel={t("recheckGuide")}>
                    <input type="hidden" name="guide" value={g.slug} />
                  </ActionForm>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
