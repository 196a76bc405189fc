"use client";
/**
 * The one progress store of a guide page, shared by the summary line and every step's checkbox.
 * Signed out: ticks live in localStorage. Signed in: ticks show at once (optimistic), go to an
 * outbox in localStorage, and are sent to /api/progress; failures stay queued, are retried with
 * backoff and when the browser comes back online, and survive a reload. Nothing is dropped silently.
 */
import { useSyncExternalStore } from "react";
import {
  LOCAL_TICKS_KEY,
  OUTBOX_KEY,
  SIGNED_IN_HINT_KEY,
  enqueue,
  localTicksForMerge,
  markAttempt,
  parseLocalTicks,
  parseOutbox,
  retryDelay,
  setLocalTick,
  settle,
  visibleTicks,
  type PendingChange,
} from "@/lib/progress/local";
import { pageSession } from "@/lib/auth/page-session";

export type Mode = "loading" | "anonymous" | "signed-in" | "unreachable";
export type ProgressView = {
  mode: Mode;
  done: ReadonlySet<string>;
  pending: ReadonlySet<string>;
  /** Steps whose last change reached the server during this visit. */
  saved: ReadonlySet<string>;
  message: string | null;
  /** "Done by N people": per step, from the same GET as the ticks (only steps with enough people are in it). */
  doneBy: ReadonlyMap<string, number>;
};

type State = { guide: string; mode: Mode; serverDone: Set<string>; saved: Set<string>; message: string | null };

const EMPTY: ProgressView = { mode: "loading", done: new Set(), pending: new Set(), saved: new Set(), message: null, doneBy: new Map() };
let state: State | null = null;
let doneBy: ReadonlyMap<string, number> = new Map();
let view: ProgressView = EMPTY;
const listeners = new Set<() => void>();
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let flushing = false;

function readOutbox() {
  return parseOutbox(localStorage.getItem(OUTBOX_KEY));
}
function writeOutbox(outbox: PendingChange[]) {
  if (outbox.length) localStorage.setItem(OUTBOX_KEY, JSON.stringify(outbox));
  else localStorage.removeItem(OUTBOX_KEY);
}
function readLocal() {
  return parseLocalTicks(localStorage.getItem(LOCAL_TICKS_KEY));
}

// Remembers only that this browser was signed in, so that changes made while the server cannot be
// reached go to the outbox (which can also untick) instead of the anonymous store.
function rememberSignedIn(signedIn: boolean) {
  if (signedIn) localStorage.setItem(SIGNED_IN_HINT_KEY, "1");
  else localStorage.removeItem(SIGNED_IN_HINT_KEY);
}

function publish() {
  if (!state) return;
  if (state.mode === "anonymous") {
    const local = readLocal()[state.guide] ?? {};
    view = { mode: state.mode, done: new Set(Object.keys(local)), pending: new Set(), saved: new Set(), message: state.message, doneBy };
  } else {
    const { done, pending } = visibleTicks(state.serverDone, readOutbox(), state.guide);
    view = { mode: state.mode, done, pending, saved: state.saved, message: state.message, doneBy };
  }
  for (const listener of listeners) listener();
}

async function mergeLocalTicks(): Promise<void> {
  const local = readLocal();
  const ticks = localTicksForMerge(local);
  if (!ticks.length) return;
  const res = await fetch("/api/progress/merge", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ticks }) });
  // Only a confirmed merge clears the device copy; otherwise it is tried again next visit.
  if (res.ok) localStorage.removeItem(LOCAL_TICKS_KEY);
}

/** Reads the public step counts of the page's answer; anything unexpected leaves them out. */
function readStats(stats: unknown) {
  const steps = (stats as { steps?: Record<string, { doneBy?: unknown }> } | null)?.steps;
  if (steps && typeof steps === "object") {
    doneBy = new Map(
      Object.entries(steps)
        .filter(([, s]) => typeof s?.doneBy === "number" && Number.isFinite(s.doneBy))
        .map(([id, s]) => [id, s.doneBy as number]),
    );
  }
}

async function load(guide: string, fresh = false) {
  let session = await pageSession(guide, fresh);
  if (session.status === "signed-in" && localTicksForMerge(readLocal()).length) {
    await mergeLocalTicks().catch(() => undefined);
    session = await pageSession(guide, true);
  }
  if (session.status === "unavailable") {
    // The guide stays readable; show what this device knows and try again later.
    state = {
      guide,
      mode: "unreachable",
      serverDone: new Set(),
      saved: new Set(),
      message: "We cannot reach the server just now. Your ticks are kept on this device and saved when we are back.",
    };
    publish();
    retryTimer = setTimeout(() => void load(guide, true), 5000);
    return;
  }
  readStats(session.stats);
  rememberSignedIn(session.status === "signed-in");
  if (session.status === "signed-out") {
    state = { guide, mode: "anonymous", serverDone: new Set(), saved: new Set(), message: null };
    return publish();
  }
  state = { guide, mode: "signed-in", serverDone: new Set(session.ticks.map((t) => t.stepId)), saved: new Set(), message: null };
  publish();
  void flush();
}

function scheduleRetry(attempts: number, retryAfterSeconds?: number) {
  clearTimeout(retryTimer);
  // A 503 says when to come back; a little jitter keeps many tabs from retrying in step.
  const delay = retryAfterSeconds ? retryAfterSeconds * 1000 * (1 + Math.random() * 0.5) : retryDelay(attempts);
  retryTimer = setTimeout(() => void flush(), delay);
}

function retryAfter(res: Response): number | undefined {
  const seconds = Number(res.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 && seconds <= 300 ? seconds : undefined;
}

async function flush(): Promise<void> {
  if (!state || state.mode !== "signed-in" || flushing) return;
  flushing = true;
  try {
    for (const change of readOutbox()) {
      let res: Response;
      try {
        res = await fetch("/api/progress", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ guide: change.guide, stepId: change.stepId, done: change.done }),
        });
      } catch {
        res = new Response(null, { status: 599 });
      }
      if (res.ok) {
        writeOutbox(settle(readOutbox(), change));
        if (change.guide === state.guide) {
          if (change.done) state.serverDone.add(change.stepId);
          else state.serverDone.delete(change.stepId);
          state.saved.add(change.stepId);
        }
        state.message = null;
      } else if (res.status === 401) {
        state.message = "You were signed out. Sign in again to save the steps marked “Not saved yet”.";
        publish();
        return;
      } else if (res.status >= 400 && res.status < 500) {
        // The server will never accept this change (e.g. the step left the guide): drop it and say so.
        writeOutbox(settle(readOutbox(), change));
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        state.message = `A change could not be saved: ${body.error ?? "the request was refused"}.`;
      } else {
        // 5xx or no network: keep it queued and try again; nothing is dropped.
        writeOutbox(markAttempt(readOutbox(), change));
        state.message =
          res.status === 503 ? "We could not save just now; we will keep trying." : "Not saved yet. We will keep trying, also when you are back online.";
        publish();
        scheduleRetry(change.attempts + 1, res.status === 503 ? retryAfter(res) : undefined);
        return;
      }
      publish();
    }
  } finally {
    flushing = false;
  }
  if (readOutbox().length && state.mode === "signed-in") scheduleRetry(0);
}

export function toggleStep(stepId: string, done: boolean) {
  if (!state) return;
  const at = new Date().toISOString();
  if (state.mode === "signed-in" || (state.mode === "unreachable" && localStorage.getItem(SIGNED_IN_HINT_KEY))) {
    state.saved.delete(stepId);
    writeOutbox(enqueue(readOutbox(), { guide: state.guide, stepId, done, at }));
    publish();
    void flush();
  } else {
    // Signed out, or the server is unreachable before we know: keep it on this device.
    localStorage.setItem(LOCAL_TICKS_KEY, JSON.stringify(setLocalTick(readLocal(), state.guide, stepId, done, at)));
    if (state.mode === "unreachable") {
      // Shown from local ticks until the server answers; merged into the account then.
      const local = readLocal()[state.guide] ?? {};
      view = { ...view, done: new Set(Object.keys(local)) };
      for (const listener of listeners) listener();
      return;
    }
    publish();
  }
}

let started = "";
let listening = false;
export function startProgress(guide: string) {
  if (started === guide) return;
  started = guide;
  state = null;
  doneBy = new Map();
  view = EMPTY;
  clearTimeout(retryTimer);
  void load(guide);
  if (listening) return;
  listening = true;
  window.addEventListener("online", () => void flush());
  // Another tab ticked or saved: show it here too.
  window.addEventListener("storage", (e) => {
    if (e.key === OUTBOX_KEY || e.key === LOCAL_TICKS_KEY) publish();
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useProgress(): ProgressView {
  return useSyncExternalStore(
    subscribe,
    () => view,
    () => EMPTY,
  );
}
