/**
 * The facts /privacy states, in one module, so the page, docs/security.md and the e2e test quote the same
 * values. Every number comes from the code that enforces it when that code exports a constant. The two
 * lifetimes that lib/auth.ts still writes inline (session and sign-in link) are defined here, and
 * tests/e2e/privacy.test.ts checks them against the running app, so a change in one place fails a test.
 */
import { LIMITS, type LimitName } from "@/lib/rate-limit";
import { UNSUBSCRIBE_TOKEN_DAYS } from "@/lib/reminders";
import { REPORT_MAX_LENGTH } from "@/lib/reports";
import { REMINDER_CHOICES } from "@/lib/progress";
import { LOCAL_TICKS_KEY, OUTBOX_KEY } from "@/lib/progress-local";
import { READER_REGION_KEY } from "@/lib/reader-region";

/** Change this when the notice changes in substance. */
export const PRIVACY_LAST_UPDATED = "2026-12-01";

/** Auth.js `session.maxAge` in lib/auth.ts (database sessions, never extended: counted from sign-in). */
export const SESSION_MAX_AGE_DAYS = 90;
/** Auth.js Nodemailer `maxAge` in lib/auth.ts: how long an unused sign-in link works. */
export const SIGN_IN_LINK_MAX_AGE_HOURS = 24;
/** Mirrors SIGNED_IN_HINT_KEY in components/progress/progress-store.ts (a client module that does not export it). */
export const SIGNED_IN_HINT_KEY = "untrain.signedInHint";

export { UNSUBSCRIBE_TOKEN_DAYS, REPORT_MAX_LENGTH, REMINDER_CHOICES };

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
  { key: READER_REGION_KEY, what: "the region you chose on a guide, so steps that do not apply where you live are marked" },
  { key: SIGNED_IN_HINT_KEY, what: "that this browser was signed in, so a page that cannot reach the server does not pretend you are signed out" },
];

/** The purges of lib/maintenance.ts, in words. */
export const DAILY_PURGES = ["expired sessions", "expired sign-in tokens", "rate-limit counters whose window has passed"] as const;

/** A link for the operator's contact when it contains an email address or a web address; otherwise none. */
export function contactLink(contact: string): { href: string; label: string } | null {
  const url = /https?:\/\/[^\s<>"]+/.exec(contact)?.[0];
  if (url) return { href: url, label: url };
  const email = /[^\s<>"@,;:()]+@[^\s<>"@,;:()]+\.[a-z]{2,}/i.exec(contact)?.[0];
  if (email) return { href: `mailto:${email}`, label: email };
  return null;
}
