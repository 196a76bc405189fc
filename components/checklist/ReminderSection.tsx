import { useTranslations } from "next-intl";
import { reminderAction } from "@/lib/progress/actions";
import { REMINDER_CHOICES } from "@/lib/progress/server";
import { ActionForm } from "@/components/ui/ActionForm";
import { Section } from "@/components/ui/Section";

/** The re-check reminder choice: every 3, 6 or 12 months, or never. */
export function ReminderSection({ reminderMonths }: { reminderMonths: number | null }) {
  const t = useTranslations("checklist.reminder");
  return (
    <Section id="reminder" title={t("title")} className="no-print mt-8" intro={t("intro")}>
      <ActionForm action={reminderAction} submitLabel={t("save")} className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor="reminder-months" className="text-sm font-medium">
          {t("label")}
        </label>
        <select id="reminder-months" name="months" defaultValue={reminderMonths === null ? "never" : String(reminderMonths)} className="rounded-lg border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
          {REMINDER_CHOICES.map((m) => (
            <option key={m} value={m}>
              {t("every", { months: m })}
            </option>
          ))}
          <option value="never">{t("never")}</option>
        </select>
      </ActionForm>
    </Section>
  );
}
