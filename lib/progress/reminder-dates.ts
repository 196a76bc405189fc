/** Date rules of re-check reminders, shared by the checklist and the reminder run. */

/** Adds calendar months in UTC (31 Jan + 1 month = 3 Mar is fine for a reminder). */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** A guide is due for a re-check when its latest tick is older than the chosen interval. */
export function isDue(lastTickAt: Date, reminderMonths: number | null, now: Date): boolean {
  return reminderMonths !== null && addMonths(lastTickAt, reminderMonths) <= now;
}
