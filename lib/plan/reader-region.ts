/** The reader's region choice, and whether a step's regions include it. Pure, shared by server and client. */
import type { RegionCode } from "@/lib/content/constants";

export const READER_REGIONS = { EU: "EU / EEA", UK: "UK", CH: "Switzerland", US: "US", elsewhere: "Elsewhere" } as const;
export type ReaderRegion = keyof typeof READER_REGIONS;
export const READER_REGION_KEY = "untrain:region";
/** Set while a region chosen signed in has not reached the account, so the next page load sends it instead of taking the account's. */
export const REGION_UNSAVED_KEY = "untrain:region-unsaved";

export function parseReaderRegion(value: string | null): ReaderRegion | null {
  return value && value in READER_REGIONS ? (value as ReaderRegion) : null;
}

/** A step without regions applies everywhere; "elsewhere" matches only steps for all regions. */
export function appliesTo(stepRegions: readonly RegionCode[] | undefined, reader: ReaderRegion | null): boolean {
  if (!stepRegions?.length || reader === null) return true;
  if (reader === "elsewhere") return false;
  return stepRegions.includes(reader);
}
