import { useLocale, useTranslations } from "next-intl";
import type { Checklist } from "@/lib/progress/checklist";
import { formatDay } from "@/lib/i18n/dates";
import { Section } from "@/components/ui/Section";

/** Ticked steps that a guide no longer has: shown so nothing vanishes silently, with nothing to do. */
export function RemovedSection({ removed }: { removed: Checklist["removed"] }) {
  const locale = useLocale();
  const t = useTranslations("checklist.removed");
  if (!removed.length) return null;
  return (
    <Section id="removed" title={t("title")} intro={t("intro")}>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {removed.map((r) => (
          <li key={`${r.guide}/${r.stepId}`}>{t("line", { platform: r.platform, step: r.stepId, date: formatDay(r.completedAt, locale) })}</li>
        ))}
      </ul>
    </Section>
  );
}
