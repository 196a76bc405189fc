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

/** "15 minutes", "1 hour", "2 days": for windows given in seconds. */
export function formatDuration(seconds: number): string {
  const units: [number, string][] = [
    [86_400, "day"],
    [3_600, "hour"],
    [60, "minute"],
    [1, "second"],
  ];
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${name}${n === 1 ? "" : "s"}`;
    }
  }
  return `${seconds} seconds`;
}

export type RateLimitFact = { name: LimitName; points: number; windowSeconds: number; window: string; text: string };

/** Each limit as a sentence ("5 sign-in mails per address per 15 minutes") and its window. */
export const RATE_LIMIT_FACTS: RateLimitFact[] = (Object.keys(LIMITS) as LimitName[]).map((name) => {
  const { points, duration, what } = LIMITS[name];
  return { name, points, windowSeconds: duration, window: formatDuration(duration), text: `${points} ${what}` };
});

/** The longest window: no counter outlives it by more than a day (the daily purge). */
export const LONGEST_RATE_LIMIT_WINDOW = formatDuration(Math.max(...RATE_LIMIT_FACTS.map((f) => f.windowSeconds)));

/** Everything Untrain keeps in the browser's localStorage. Nothing else is stored there. */
export const LOCAL_STORAGE_FACTS: { key: string; what: string }[] = [
  { key: LOCAL_TICKS_KEY, what: "the steps you ticked while signed out, with when you ticked them; added to your account (and removed here) when you sign in" },
  { key: OUTBOX_KEY, what: "ticks made while signed in that have not reached the server yet (for example while offline); removed once saved" },
  { key: READER_REGION_KEY, what: "the region you chose on a guide or your plan, so steps that do not apply where you live are marked and left out of the counts; signed in, it is also kept with your plan on your account" },
  { key: REGION_UNSAVED_KEY, what: "that a region you chose while signed in has not reached your account yet; removed once saved" },
  { key: PLAN_KEY, what: "the apps you chose on /plan and your region, while signed out; added to your account (and removed here) when you sign in" },
  { key: SIGNED_IN_HINT_KEY, what: "that this browser was signed in, so a page that cannot reach the server does not pretend you are signed out" },
];

/** The purges of lib/jobs/maintenance.ts, in words. */
export const DAILY_PURGES = [
  "expired sessions",
  "expired sign-in tokens",
  "rate-limit counters whose window has passed",
  `reports an editor dealt with more than ${HANDLED_REPORT_DAYS} days ago`,
] as const;

/** A link for the operator's contact when it contains an email address or a web address; otherwise none. */
export function contactLink(contact: string): { href: string; label: string } | null {
  const url = /https?:\/\/[^\s<>"]+/.exec(contact)?.[0];
  if (url) return { href: url, label: url };
  const email = /[^\s<>"@,;:()]+@[^\s<>"@,;:()]+\.[a-z]{2,}/i.exec(contact)?.[0];
  if (email) return { href: `mailto:${email}`, label: email };
  return null;
}
