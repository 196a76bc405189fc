"use client";
import { useEffect, useMemo, useState } from "react";
import Link from "next/link";
import { startProgress, useProgress } from "@/components/progress/progress-store";
import { pageSession } from "@/components/layout/page-session";
import { parseReaderRegion, READER_REGION_KEY } from "@/lib/reader-region";
import { firstStep, fromReaderRegion, summarizePlan, type Plan, type PlanGuide } from "@/lib/plan-core";
import { stepPath } from "@/lib/paths";
import { readLocalPlan } from "./plan-local";

type EndStep = { id: string; title: string; number: number; href: string };

async function accountPlan(): Promise<Plan | null> {
  try {
    const res = await fetch("/api/plan", { cache: "no-store" });
    return res.ok ? ((await res.json()) as { plan: Plan | null }).plan : null;
  } catch {
    return null;
  }
}

/** Done and skipped steps of this guide, and the next guide of the reader's plan (on the account, or on this device). */
export function GuideEnd({ guide, steps, guides }: { guide: string; steps: EndStep[]; guides: PlanGuide[] }) {
  const progress = useProgress();
  const [plan, setPlan] = useState<Plan | null>(null);
  const known = useMemo(() => new Set(guides.map((g) => g.slug)), [guides]);

  useEffect(() => {
    startProgress(guide);
    document.getElementById("step-heading")?.focus();
    let cancelled = false;
    void pageSession(undefined).then(async (s) => {
      const found = s.status === "signed-in" ? await accountPlan() : readLocalPlan(known);
      if (!cancelled && found) setPlan({ ...found, region: found.region ?? fromReaderRegion(parseReaderRegion(localStorage.getItem(READER_REGION_KEY))) });
    });
    return () => {
      cancelled = true;
    };
  }, [guide, known]);

  const ready = progress.mode !== "loading";
  const done = steps.filter((s) => progress.done.has(s.id));
  const skipped = steps.filter((s) => !progress.done.has(s.id));
  const summary = plan ? summarizePlan(plan, guides) : null;
  const at = summary ? summary.guides.findIndex((g) => g.slug === guide) : -1;
  const rest = summary ? { ...summary, guides: summary.guides.slice(at + 1) } : null;
  const nextStep = rest ? firstStep(rest) : null;
  const nextGuide = nextStep ? guides.find((g) => g.slug === nextStep.guide) : undefined;

  return (
    <div className="mt-4 space-y-6">
      <p role="status" aria-live="polite">
        {ready ? `You did ${done.length} of ${steps.length} steps.` : "Loading your progress…"}
      </p>
      {ready && skipped.length ? (
        <section aria-labelledby="skipped-heading">
          <h2 id="skipped-heading" className="text-lg font-semibold">
            Skipped for now
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {skipped.map((s) => (
              <li key={s.id}>
                <Link href={s.href} className="underline">
                  Step {s.number}: {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ready && done.length ? (
        <section aria-labelledby="done-heading">
          <h2 id="done-heading" className="text-lg font-semibold">
            Done
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {done.map((s) => (
              <li key={s.id}>
                Step {s.number}: {s.title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="next-guide-heading" className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
        <h2 id="next-guide-heading" className="text-lg font-semibold">
          Next in your plan
        </h2>
        {nextStep && nextGuide ? (
          <p className="mt-2">
            <Link href={stepPath(nextStep.guide, nextStep.stepId)} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              Start {nextGuide.platform}
            </Link>
          </p>
        ) : (
          <p className="mt-2">
            {summary && at >= 0 ? "That was the last guide in your plan." : "This guide is not in a plan yet."}{" "}
            <Link href="/plan" prefetch={false} className="underline">
              {summary ? "See your plan" : "Make your plan"}
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
