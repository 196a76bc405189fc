// One formatter per format for the process: building an Intl.DateTimeFormat costs ~100× formatting with
// one, and ~30 KB of ICU memory outside the JS heap that the GC does not see, so one per call grew a
// busy server's RSS by hundreds of MB (issue 10, item 7; `npm run bench:soak`).
const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-11-26" → "26 November 2026", the same on server and client (fixed locale and UTC). */
export function formatDate(isoDate: string): string {
  return DATE_FORMAT.format(new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate));
}
