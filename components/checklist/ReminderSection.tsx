import { reminderAction } from "@/lib/progress/actions";
import { REMINDER_CHOICES } from "@/lib/progress/server";
import { ActionForm } from "@/components/ui/ActionForm";
import { Section } from "@/components/ui/Section";

/** The re-check reminder choice: every 3, 6 or 12 months, or never. */
export function ReminderSection({ reminderMonths }: { reminderMonths: number | null }) {
  return (
    <Section id="reminder" title="Re-check reminders" className="no-print mt-8" intro="Platforms reset settings and add new AI features. We can email you when it is time to look again.">
      <ActionForm action={reminderAction} submitLabel="Save reminder" className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor="reminder-months" className="text-sm font-medium">
          Remind me to re-check
        </label>
        <select id="reminder-months" name="months" defaultValue={reminderMonths === null ? "never" : String(reminderMonths)} className="rounded-lg border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
          {REMINDER_CHOICES.map((m) => (
            <option key={m} value={m}>
              every {m} months
            </option>
          ))}
          <option value="never">never</option>
        </select>
      </ActionForm>
    </Section>
  );
}
