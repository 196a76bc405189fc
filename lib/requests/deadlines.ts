/**
 * Due dates of requests, as pure date arithmetic on calendar days ("YYYY-MM-DD", no clock time and no
 * time zone: a deadline is a date in law, and the reader's "today" is passed in). The rules and their
 * sources are in ./laws.ts.
 */
import { lawCovers, lawRule, type LawId, type Period } from "./laws";
import type { RequestRight } from "./vocabulary";

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): Date {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== date) throw new RangeError(`not a real date: ${date}`);
  return d;
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isCalendarDate(date: string): boolean {
  try {
    toUtc(date);
    return true;
  } catch {
    return false;
  }
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** The same day `months` later, or that month's last day when it has no such day (31 January + 1 month = 28 or 29 February). */
export function addCalendarMonths(date: string, months: number): string {
  const d = toUtc(date);
  const target = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, month));
  return fromUtc(new Date(Date.UTC(year, month, day)));
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** A Saturday or Sunday moves to the next Monday. */
export function nextWorkingDay(date: string): string {
  const weekday = toUtc(date).getUTCDay();
  if (weekday === 6) return addDays(date, 2);
  if (weekday === 0) return addDays(date, 1);
  return date;
}

function addPeriod(date: string, period: Period): string {
  return "months" in period ? addCalendarMonths(date, period.months) : addDays(date, period.days);
}

function sumPeriods(a: Period, b: Period): Period {
  if ("months" in a && "months" in b) return { months: a.months + b.months };
  if ("days" in a && "days" in b) return { days: a.days + b.days };
  throw new Error("a law's period and extension must use the same unit");
}

/**
 * The day the company's answer is due, or null when no law Untrain counts sets one for this request.
 * Counted from the day the request was sent (for a form, email or in-app request that is the day the
 * company received it; a letter by post arrives later, which only gives the company more time).
 */
export function dueDate(input: { law: LawId; right: RequestRight; sentOn: string; extended: boolean }): string | null {
  const law = lawRule(input.law);
  if (!lawCovers(law, input.right)) return null;
  const period = input.extended ? sumPeriods(law.period, law.extension) : law.period;
  const end = addPeriod(input.sentOn, period);
  return law.nextWorkingDay ? nextWorkingDay(end) : end;
}

export type Timing =
  | { kind: "no-deadline" }
  | { kind: "due"; dueOn: string; daysLeft: number }
  | { kind: "overdue"; dueOn: string; daysLate: number };

/** Where a waiting request stands on `today`: days left, days late (the day after the due date is the first late day), or no deadline. */
export function timing(dueOn: string | null, today: string): Timing {
  if (!dueOn) return { kind: "no-deadline" };
  const left = daysBetween(today, dueOn);
  return left >= 0 ? { kind: "due", dueOn, daysLeft: left } : { kind: "overdue", dueOn, daysLate: -left };
}
