/** The reader's region choice, and whether a step's regions include it. Pure, shared by server and client. */
import { READER_REGION_CODES, REGIONS, type ReaderRegion, type RegionCode } from "@/lib/content/constants";

export type { ReaderRegion };
/** The choices with their labels (from the one region table, lib/content/constants.ts REGIONS). */
export const READER_REGIONS = Object.fromEntries(READER_REGION_CODES.map((code) => [code, REGIONS[code].label])) as Record<ReaderRegion, string>;
export const READER_REGION_KEY = "untrain:region";
/** Set while a region chosen signed in has not reached the account, so the next page load sends it instead of taking the account's. */
export const REGION_UNSAVED_KEY = "untrain:region-unsaved";

/** A stored or posted choice, or null. Browsers of older versions stored `elsewhere` for `other`. */
export function parseReaderRegion(value: string | null): ReaderRegion | null {
  if (value === "elsewhere") return "other";
  return value !== null && (READER_REGION_CODES as readonly string[]).includes(value) ? (value as ReaderRegion) : null;
}

/** A step without regions applies everywhere; "other" matches only steps for all regions. */
export function appliesTo(stepRegions: readonly RegionCode[] | undefined, reader: ReaderRegion | null): boolean {
  if (!stepRegions?.length || reader === null) return true;
  if (reader === "other") return false;
  return stepRegions.includes(reader);
}
