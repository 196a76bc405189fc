import { useTranslations } from "next-intl";
import type { Effect } from "@/lib/content/constants";

const STYLE: Record<Effect, string> = {
  "stops-training": "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
  "deletes-data": "bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100",
  "limits-ads": "bg-zinc-200 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100",
  "limits-analytics": "bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100",
  "limits-personalisation": "bg-teal-100 text-teal-900 dark:bg-teal-900/50 dark:text-teal-100",
  "limits-exposure": "bg-violet-100 text-violet-900 dark:bg-violet-900/50 dark:text-violet-100",
  "prepares-request": "border border-amber-600 text-amber-950 dark:border-amber-400 dark:text-amber-100",
  objects: "bg-amber-100 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100",
};

export function EffectLabel({ effect }: { effect: Effect }) {
  const t = useTranslations("client");
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${STYLE[effect]}`}>
      <span className="sr-only">{t("step.whatItDoes")} </span>
      {t(`labels.effect.${effect}`)}
    </span>
  );
}
