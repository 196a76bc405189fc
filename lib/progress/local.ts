/**
 * Browser-side progress data, kept in localStorage: ticks made while signed out, and the outbox of
 * changes not yet saved to the server. Pure functions (no DOM) so they can be unit-tested; the client
 * store in components/progress wires them to storage, fetch and timers.
 */
export const LOCAL_TICKS_KEY = "untrain:local-ticks";
export const OUTBOX_KEY = "untrain:outbox";
/** Not a credential: only that this browser was signed in (see lib/progress/store.ts). */
export const SIGNED_IN_HINT_KEY = "untrain:signed-in-hint";

/** guide → stepId → when it was ticked (ISO). */
export type LocalTicks = Record<string, Record<string, string>>;
/**
 * A change waiting for the server. It holds only the person's intent: how often a tab failed to send it
 * is that tab's own business (see lib/progress/store.ts), so a tab that cannot save never rewrites the
 * outbox that another tab is saving from.
 */
export type PendingChange = { guide: string; stepId: string; done: boolean; at: string };

// Validated by hand rather than with zod: this module ships to every guide page.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isPendingChange(v: unknown): v is PendingChange {
  return (
    isRecord(v) &&
    typeof v.guide === "string" &&
    typeof v.stepId === "string" &&
    typeof v.done === "boolean" &&
    typeof v.at === "string"
  );
}

function parseJson(raw: string | null): unknown {
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

/** Corrupt or foreign data in storage must never break a guide page: it reads as empty. */
export function parseLocalTicks(raw: string | null): LocalTicks {
  const data = parseJson(raw);
  if (!isRecord(data)) return {};
  const valid = Object.values(data).every((steps) => isRecord(steps) && Object.values(steps).every((at) => typeof at === "string"));
  return valid ? (data as LocalTicks) : {};
}

export function parseOutbox(raw: string | null): PendingChange[] {
  const data = parseJson(raw);
  // Fields of other versions (an outbox written before `attempts` left it) are dropped, not kept around.
  return Array.isArray(data) && data.every(isPendingChange) ? data.map(({ guide, stepId, done, at }) => ({ guide, stepId, done, at })) : [];
}

export function setLocalTick(ticks: LocalTicks, guide: string, stepId: string, done: boolean, at: string): LocalTicks {
  const forGuide = { ...(ticks[guide] ?? {}) };
  if (done) forGuide[stepId] = forGuide[stepId] ?? at;
  else delete forGuide[stepId];
  const next = { ...ticks, [guide]: forGuide };
  if (Object.keys(forGuide).length === 0) delete next[guide];
  return next;
}

export function localTicksForMerge(ticks: LocalTicks): { guide: string; stepId: string; tickedAt: string }[] {
  return Object.entries(ticks).flatMap(([guide, steps]) => Object.entries(steps).map(([stepId, tickedAt]) => ({ guide, stepId, tickedAt })));
}

/** Queues a change; a newer change to the same step replaces the older one (only the last intent matters). */
export function enqueue(outbox: PendingChange[], change: PendingChange): PendingChange[] {
  return [...outbox.filter((c) => !(c.guide === change.guide && c.stepId === change.stepId)), change];
}

/** One change, told apart from a later change of the same step by when it was made. */
export const changeKey = (c: PendingChange) => `${c.guide}\u0000${c.stepId}\u0000${c.at}`;

/** Removes a change once the server has it, unless the person changed the step again meanwhile. */
export function settle(outbox: PendingChange[], change: PendingChange): PendingChange[] {
  const settled = changeKey(change);
  return outbox.filter((c) => changeKey(c) !== settled);
}

/** 1 s, 2 s, 4 s … capped at 60 s. */
export function retryDelay(attempts: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempts));
}

/** What the page shows: the server's ticks with the unsaved changes applied on top. */
export function visibleTicks(serverDone: Iterable<string>, outbox: PendingChange[], guide: string): { done: Set<string>; pending: Set<string> } {
  const done = new Set(serverDone);
  const pending = new Set<string>();
  for (const change of outbox) {
    if (change.guide !== guide) continue;
    if (change.done) done.add(change.stepId);
    else done.delete(change.stepId);
    pending.add(change.stepId);
  }
  return { done, pending };
}
