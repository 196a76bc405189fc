"use client";
import { useTranslations } from "next-intl";
import { planPosition } from "@/lib/plan/rules";
import { usePlanSummary } from "@/lib/plan/reader-plan";

/** " · your plan: guide 2 of 6" after a step page's heading, when the guide is in the reader's plan; nothing otherwise (and without JavaScript). */
export function PlanPosition({ guide, planIndexUrl }: { guide: string; planIndexUrl: string }) {
  const t = useTranslations("client.planPosition");
  const { summary } = usePlanSummary(guide, planIndexUrl);
  const at = summary ? planPosition(summary, guide) : null;
  return at ? <span data-testid="plan-position">{t("position", { index: at.index, total: at.total })}</span> : null;
}
