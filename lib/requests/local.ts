/**
 * Requests tracked on this device while signed out, in localStorage, merged into the account at sign-in
 * (POST /api/requests/merge). Pure functions, validated by hand rather than with zod: this ships to guide pages.
 */
import { REQUEST_CHANNELS, type RequestChannel } from "./vocabulary";

export const LOCAL_REQUESTS_KEY = "untrain:requests";

export type LocalRequest = { guide: string; stepId: string; sentOn: string; channel: RequestChannel; reference?: string; extended?: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isLocalRequest(v: unknown): v is LocalRequest {
  return (
    isRecord(v) &&
    typeof v.guide === "string" &&
    ID.test(v.guide) &&
    typeof v.stepId === "string" &&
    ID.test(v.stepId) &&
    typeof v.sentOn === "string" &&
    DATE.test(v.sentOn) &&
    (REQUEST_CHANNELS as readonly unknown[]).includes(v.channel) &&
    (v.reference === undefined || (typeof v.reference === "string" && v.reference.length <= 64)) &&
    (v.extended === undefined || typeof v.extended === "boolean")
  );
}

/** Corrupt or foreign data reads as empty: it must never break a page. */
export function parseLocalRequests(raw: string | null): LocalRequest[] {
  try {
    const data: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(data) ? data.filter(isLocalRequest) : [];
  } catch {
    return [];
  }
}

/** Adds or replaces the request for one step. */
export function withLocalRequest(list: readonly LocalRequest[], request: LocalRequest): LocalRequest[] {
  return [...list.filter((r) => !(r.guide === request.guide && r.stepId === request.stepId)), request];
}

export function withoutLocalRequest(list: readonly LocalRequest[], guide: string, stepId: string): LocalRequest[] {
  return list.filter((r) => !(r.guide === guide && r.stepId === stepId));
}
