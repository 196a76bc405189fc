/**
 * Date formats shared by the server and the browser, by name ("date", "dateTime"): the same instants as
 * lib/format.ts (UTC, day month year), in the reader's language. UTC so the server's render and the
 * browser's hydration print the same day.
 */
import type { Formats } from "next-intl";

export const TIME_ZONE = "UTC";

export const FORMATS = {
  dateTime: {
    date: { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE },
    dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE },
  },
} satisfies Formats;
