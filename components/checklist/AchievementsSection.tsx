import type { Achievements } from "@/lib/progress/achievements";
import { plural } from "@/lib/format";
import { Section } from "@/components/ui/Section";

/** What the done steps achieved, by effect: read at a glance, every number in the text. */
export function AchievementsSection({ achieved }: { achieved: Achievements }) {
  const rows: { label: string; value: string; tone: string }[] = [
    { label: "AI training switched off", value: plural(achieved.stopsTraining, "setting"), tone: "bg-emerald-100 text-emerald-950 dark:bg-emerald-900/50 dark:text-emerald-100" },
    { label: "Data deleted", value: plural(achieved.deletesData, "step"), tone: "bg-rose-100 text-rose-950 dark:bg-rose-900/50 dark:text-rose-100" },
    {
      label: "Objections and requests",
      value: `${achieved.requests.sent} sent · ${achieved.requests.answered} answered · ${achieved.requests.overdue} overdue`,
      tone: achieved.requests.overdue ? "bg-red-100 text-red-950 dark:bg-red-900/50 dark:text-red-100" : "bg-amber-100 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100",
    },
    { label: "Exposure limited", value: plural(achieved.limitsExposure, "step"), tone: "bg-violet-100 text-violet-950 dark:bg-violet-900/50 dark:text-violet-100" },
    { label: "Ads, analytics and personalisation limited", value: plural(achieved.limitsOther, "step"), tone: "bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100" },
  ];
  return (
    <Section id="achieved" title="What your done steps achieved" className="mt-6">
      <dl className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {rows.map((row) => (
          <div key={row.label} className={`rounded-lg p-3 ${row.tone}`}>
            <dt className="text-sm">{row.label}</dt>
            <dd className="text-lg font-semibold">{row.value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
