import type { Metadata } from "next";
import Link from "next/link";
import { signedInPage } from "@/lib/auth/current-user";
import { db, sqlPool } from "@/lib/db/client";
import { checklistRequests } from "@/lib/requests/checklist";
import { utcToday } from "@/lib/requests/tracking";
import { WaitingSection } from "@/components/checklist/WaitingSection";
import { MergeDeviceRequests } from "@/components/requests/MergeDeviceRequests";
import { localizedOutlines, localizedPlanGuides } from "@/lib/content/translations";
import { planProgress, summarizePlan } from "@/lib/plan/rules";
import { buildChecklist } from "@/lib/progress/checklist";
import { PLAN_PATH, localePath } from "@/lib/paths";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { DatabaseUnavailable } from "@/components/ui/DatabaseUnavailable";
import { PlanSection } from "@/components/checklist/PlanSection";
import { SignedOutChecklist } from "@/components/checklist/SignedOutChecklist";
import { OverallSection } from "@/components/checklist/OverallSection";
import { AchievementsSection } from "@/components/checklist/AchievementsSection";
import { achievements } from "@/lib/progress/achievements";
import { withoutGuides } from "@/lib/progress/checklist";
import { ChangedSection } from "@/components/checklist/ChangedSection";
import { StartedSection } from "@/components/checklist/StartedSection";
import { RemovedSection } from "@/components/checklist/RemovedSection";
import { ReminderSection } from "@/components/checklist/ReminderSection";
import { SuggestionsSection } from "@/components/checklist/SuggestionsSection";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "checklist" });
  return pageMetadata(locale, "/checklist", t("title"), t("description"), { index: false });
}

export default async function ChecklistPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "checklist" });
  // Titles in the page's language; ids and hashes are the English guide's, so ticks are shared across languages.
  const outlines = localizedOutlines(locale);
  // Two statements: the session with the user and the plan, then the ticks.
  const today = utcToday();
  const gate = await signedInPage(async (user) => {
    const [list, requests] = await Promise.all([buildChecklist(sqlPool(), user, outlines), checklistRequests(db(), user.id, user.plan?.region ?? null, today)]);
    return { ...list, plan: user.plan, requests };
  });
  if (gate.state === "unavailable") return <DatabaseUnavailable what={t("unavailable")} />;
  if (gate.state === "signed-out") return <SignedOutChecklist />;
  const list = gate.data;
  const inPlan = new Set(list.plan?.guides ?? []);
  const progress = list.plan?.guides.length
    ? planProgress(summarizePlan(list.plan, localizedPlanGuides(locale)), new Map(list.started.map((g) => [g.slug, new Set(g.doneIds)])))
    : null;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <MergeDeviceRequests />
      <WaitingSection requests={list.requests.requests} today={today} authorities={list.requests.authorities} reminders={list.requests.reminders} />
      {progress ? (
        <PlanSection progress={progress} />
      ) : (
        <p className="mt-2">
          {t.rich("makePlan", {
            link: (chunks) => (
              <Link href={localePath(locale, PLAN_PATH)} className="font-medium underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <AchievementsSection achieved={achievements(outlines, new Map(list.started.map((g) => [g.slug, new Set(g.doneIds)])), list.requests.requests)} />
      {progress ? null : <OverallSection overall={list.overall} />}
      <ChangedSection changed={list.changed} />
      <StartedSection started={list.started.filter((g) => !inPlan.has(g.slug))} hasPlan={progress !== null} />
      <RemovedSection removed={list.removed} />
      <ReminderSection reminderMonths={list.reminderMonths} />
      <SuggestionsSection notStarted={withoutGuides(list.notStarted, inPlan)} />
    </div>
  );
}
