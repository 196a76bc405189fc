import type { Metadata } from "next";
import Link from "next/link";
import { signedInPage } from "@/lib/auth/current-user";
import { sqlPool } from "@/lib/db/client";
import { guideOutlines, planGuides } from "@/lib/content/guides";
import { planProgress, summarizePlan } from "@/lib/plan/rules";
import { buildChecklist } from "@/lib/progress/checklist";
import { PLAN_PATH } from "@/lib/paths";
import { pageMetadata } from "@/lib/content/seo";
import { DatabaseUnavailable } from "@/components/ui/DatabaseUnavailable";
import { PlanSection } from "@/components/checklist/PlanSection";
import { SignedOutChecklist } from "@/components/checklist/SignedOutChecklist";
import { OverallSection } from "@/components/checklist/OverallSection";
import { ChangedSection } from "@/components/checklist/ChangedSection";
import { StartedSection } from "@/components/checklist/StartedSection";
import { RemovedSection } from "@/components/checklist/RemovedSection";
import { ReminderSection } from "@/components/checklist/ReminderSection";
import { SuggestionsSection } from "@/components/checklist/SuggestionsSection";

export const metadata: Metadata = pageMetadata("/checklist", "My checklist", "Every guide you started, your next step on each, and what changed since you did it.", { index: false });

export default async function ChecklistPage() {
  // Two statements: the session with the user and the plan, then the ticks.
  const gate = await signedInPage(async (user) => ({ ...(await buildChecklist(sqlPool(), user, guideOutlines())), plan: user.plan }));
  if (gate.state === "unavailable") return <DatabaseUnavailable what="your checklist" />;
  if (gate.state === "signed-out") return <SignedOutChecklist />;
  const list = gate.data;
  const inPlan = new Set(list.plan?.guides ?? []);
  const progress = list.plan?.guides.length
    ? planProgress(summarizePlan(list.plan, planGuides()), new Map(list.started.map((g) => [g.slug, new Set(g.doneIds)])))
    : null;
  return (
    <div>
      <h1 className="text-3xl font-bold">My checklist</h1>
      {progress ? (
        <PlanSection progress={progress} />
      ) : (
        <p className="mt-2">
          <Link href={PLAN_PATH} className="font-medium underline">
            Make your plan
          </Link>
          : the apps you use, in the right order.
        </p>
      )}
      <OverallSection overall={list.overall} />
      <ChangedSection changed={list.changed} />
      <StartedSection started={list.started.filter((g) => !inPlan.has(g.slug))} hasPlan={progress !== null} />
      <RemovedSection removed={list.removed} />
      <ReminderSection reminderMonths={list.reminderMonths} />
      <SuggestionsSection notStarted={list.notStarted} />
    </div>
  );
}
