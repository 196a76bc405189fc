/** "2026-11-26" as the instant next-intl formats (midnight UTC, as lib/format.ts reads it). */
export function isoDay(isoDate: string): Date {
  return new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
}
