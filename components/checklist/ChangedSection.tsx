import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { Checklist } from "@/lib/progress/checklist";
import { recheckAction } from "@/lib/progress/actions";
import { guidePath } from "@/lib/paths";
import { formatDay } from "@/lib/i18n/dates";
import { ActionForm } from "@/components/ui/ActionForm";
import { Section } from "@/components/ui/Section";

/** Steps whose text changed after they were ticked, each with "I re-checked it". */
export function ChangedSection({ changed }: { changed: Checklist["changed"] }) {
  const locale = useLocale();
  const t = useTranslations("checklist.changed");
  if (!changed.length) return null;
  return (
    <Section id="changed" title={t("title")} intro={t("intro")}>
      <ul className="mt-3 space-y-2">
        {changed.map((c) => (
          <li key={`${c.guide}/${c.stepId}`} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-amber-300 p-3 dark:border-amber-700">
            <span>
              <Link href={guidePath(c.guide, c.stepId, locale)} className="font-medium underline">
                {c.platform}: {c.title}
              </Link>{" "}
              <span className="text-sm text-zinc-600 dark:text-zinc-400">{t("doneOn", { date: formatDay(c.completedAt, locale) })}</span>
            </span>
            <ActionForm action={recheckAction} submitLabel={t("recheck", { title: c.title })}>
              <input type="hidden" name="guide" value={c.guide} />
              <input type="hidden" name="stepId" value={c.stepId} />
            </ActionForm>
          </li>
        ))}
      </ul>
    </Section>
  );
}
