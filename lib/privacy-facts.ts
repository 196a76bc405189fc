/**
 * The facts /privacy states, in one module, so the page, docs/security.md and the e2e test quote the same
 * values. Every number comes from the code that enforces it when that code exports a constant. The two
 * lifetimes that lib/auth/auth-js.ts still writes inline (session and sign-in link) are defined here, and
 * tests/e2e/privacy.test.ts checks them against the running app, so a change in one place fails a test.
 */
import { LIMITS, type LimitName } from "@/lib/http/rate-limit";
import { UNSUBSCRIBE_TOKEN_DAYS } from "@/lib/jobs/reminders";
import { REPORT_MAX_LENGTH } from "@/lib/editor/reports";
import { REMINDER_CHOICES } from "@/lib/progress/server";
import { LOCAL_TICKS_KEY, OUTBOX_KEY, SIGNED_IN_HINT_KEY } from "@/lib/progress/local";
import { READER_REGION_KEY, REGION_UNSAVED_KEY } from "@/lib/plan/reader-region";
import { PLAN_KEY } from "@/lib/plan/rules";
import { HANDLED_REPORT_DAYS } from "@/lib/jobs/maintenance";
import { PRIOR_DAYS, RECENT_DAYS, STATS_MIN_PEOPLE, STATS_WINDOW_DAYS } from "@/lib/jobs/step-stats";

/** Change this when the notice changes in substance. */
export const PRIVACY_LAST_UPDATED = "2026-12-05";

export { SESSION_MAX_AGE_DAYS, SIGN_IN_LINK_MAX_AGE_HOURS } from "@/lib/auth/session";
export { SIGNED_IN_HINT_KEY };

export { UNSUBSCRIBE_TOKEN_DAYS, REPORT_MAX_LENGTH, REMINDER_CHOICES, HANDLED_REPORT_DAYS, STATS_WINDOW_DAYS, STATS_MIN_PEOPLE, RECENT_DAYS, PRIOR_DAYS };

export type DurationUnit = "day" | "hour" | "minute" | "second";

/** A window given in seconds in its largest whole unit: 900 → { n: 15, unit: "minute" }. Pages word it per language. */
export function durationParts(seconds: number): { n: number; unit: DurationUnit } {
  const units: [number, DurationUnit][] = [
    [86_400, "day"],
    [3_600, "hour"],
    [60, "minute"],
  ];
  for (const [size, unit] of units) {
    if (seconds >= size && seconds % size === 0) return { n: seconds / size, unit };
  }
  return { n: seconds, unit: "second" };
}

export type RateLimitFact = { name: LimitName; points: number; windowSeconds: number; text: string };

/** Each limit as a sentence ("5 sign-in mails per address per 15 minutes") and its window in seconds. */
export const RATE_LIMIT_FACTS: RateLimitFact[] = (Object.keys(LIMITS) as LimitName[]).map((name) => {
  const { points, duration, what } = LIMITS[name];
  return { name, points, windowSeconds: duration, text: `${points} ${what}` };
});

/** The longest window, in seconds: no counter outlives it by more than a day (the daily purge). */
export const LONGEST_RATE_LIMIT_SECONDS = Math.max(...RATE_LIMIT_FACTS.map((f) => f.windowSeconds));

/**
 * Everything Untrain keeps in the browser's localStorage. Nothing else is stored there. `id` names the
 * sentence that says what it holds (messages: privacy.storage.<id>).
 */
export const LOCAL_STORAGE_FACTS = [
  { key: LOCAL_TICKS_KEY, id: "localTicks" },
  { key: OUTBOX_KEY, id: "outbox" },
  { key: READER_REGION_KEY, id: "region" },
  { key: REGION_UNSAVED_KEY, id: "regionUnsaved" },
  { key: PLAN_KEY, id: "plan" },
  { key: SIGNED_IN_HINT_KEY, id: "signedInHint" },
] as const;

/** The purges of lib/jobs/maintenance.ts (messages: privacy.purge.<id>). */
export const DAILY_PURGES = ["sessions", "tokens", "counters", "reports"] as const;

/** A link for the operator's contact when it contains an email address or a web address; otherwise none. */
export function contactLink(contact: string): { href: string; label: string } | null {
  const url = /https?:\/\/[^\s<>"]+/.exec(contact)?.[0];
  if (url) return { href: url, label: url };
  const email = /[^\s<>"@,;:()]+@[^\s<>"@,;:()]+\.[a-z]{2,}/i.exec(contact)?.[0];
  if (email) return { href: `mailto:${email}`, label: email };
  return null;
}
