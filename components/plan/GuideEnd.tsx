"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import Link from "next/link";
import { startProgress, useProgress } from "@/lib/progress/store";
import { useReaderRegion } from "@/lib/plan/region-store";
import { nextInPlan } from "@/lib/plan/rules";
import { guideEnd, type WalkStep } from "@/lib/plan/walkthrough";
import { stepPath, PLAN_PATH, localePath } from "@/lib/paths";
import { usePlanSummary } from "@/lib/plan/reader-plan";
import { formatCount } from "@/lib/i18n/numbers";

type EndStep = WalkStep & { title: string; number: number; href: string };

/** Done and skipped steps of this guide, and the next guide of the reader's plan (on the account, or on this device), in the plan's order. */
export function GuideEnd({ guide, steps, planIndexUrl }: { guide: string; steps: EndStep[]; planIndexUrl: string }) {
  const locale = useLocale();
  const t = useTranslations("client.guideEnd");
  const regionLabel = useTranslations("client.labels.region");
  const progress = useProgress();
  const region = useReaderRegion();
  const { plan, summary } = usePlanSummary(guide, planIndexUrl);

  useEffect(() => {
    startProgress(guide);
    document.getElementById("step-heading")?.focus();
  }, [guide]);

  const ready = progress.mode !== "loading";
  const { done, skipped, notHere, total } = guideEnd(steps, progress.done, region);
  const next = summary ? nextInPlan(summary, guide) : null;

  return (
    <div className="mt-4 space-y-6">
      <p role="status" aria-live="polite">
        {ready ? t("youDid", { done: formatCount(done.length, locale), total, n: formatCount(total, locale) }) : t("loading")}
      </p>
      {ready && skipped.length ? (
        <section aria-labelledby="skipped-heading">
          <h2 id="skipped-heading" className="text-lg font-semibold">
            {t("skipped")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {skipped.map((s) => (
              <li key={s.id}>
                <Link href={s.href} className="underline">
                  {t("step", { number: s.number, title: s.title })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ready && done.length ? (
        <section aria-labelledby="done-heading">
          <h2 id="done-heading" className="text-lg font-semibold">
            {t("done")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {done.map((s) => (
              <li key={s.id}>
                {t("step", { number: s.number, title: s.title })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ready && notHere.length && region ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {t("leftOut", { steps: notHere.map((s) => t("stepNumber", { number: s.number })).join(", "), count: notHere.length, region: regionLabel(region) })}
        </p>
      ) : null}
      <section aria-labelledby="next-guide-heading" className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
        <h2 id="next-guide-heading" className="text-lg font-semibold">
          {t("next")}
        </h2>
        {next ? (
          <p className="mt-2">
            <Link href={stepPath(next.guide, next.stepId, locale)} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              {t("start", { platform: next.platform })}
            </Link>
          </p>
        ) : (
          <p className="mt-2">
            {summary ? t("lastInPlan") : t("notInPlan")}{" "}
            <Link href={localePath(locale, PLAN_PATH)} prefetch={false} className="underline">
              {plan ? t("seePlan") : t("makePlan")}
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
