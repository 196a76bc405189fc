import { useTranslations } from "next-intl";
import type { Achievements } from "@/lib/progress/achievements";
import { Section } from "@/components/ui/Section";

/** What the done steps achieved, by effect: read at a glance, every number in the text. */
export function AchievementsSection({ achieved }: { achieved: Achievements }) {
  const t = useTranslations("checklist.achieved");
  const rows: { id: string; label: string; value: string; tone: string }[] = [
    { id: "training", label: t("stopsTraining"), value: t("settings", { count: achieved.stopsTraining }), tone: "bg-emerald-100 text-emerald-950 dark:bg-emerald-900/50 dark:text-emerald-100" },
    { id: "deleted", label: t("deletesData"), value: t("steps", { count: achieved.deletesData }), tone: "bg-rose-100 text-rose-950 dark:bg-rose-900/50 dark:text-rose-100" },
    {
      id: "requests",
      label: t("requests"),
      value: t("requestsValue", achieved.requests),
      tone: achieved.requests.overdue ? "bg-red-100 text-red-950 dark:bg-red-900/50 dark:text-red-100" : "bg-amber-100 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100",
    },
    { id: "exposure", label: t("limitsExposure"), value: t("steps", { count: achieved.limitsExposure }), tone: "bg-violet-100 text-violet-950 dark:bg-violet-900/50 dark:text-violet-100" },
    { id: "other", label: t("limitsOther"), value: t("steps", { count: achieved.limitsOther }), tone: "bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100" },
  ];
  return (
    <Section id="achieved" title={t("title")} className="mt-6">
      <dl className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {rows.map((row) => (
          <div key={row.id} className={`rounded-lg p-3 ${row.tone}`}>
            <dt className="text-sm">{row.label}</dt>
            <dd className="text-lg font-semibold">{row.value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
