"use client";
/**
 * The one progress store of a guide page, shared by the summary line and every step's checkbox.
 * Signed out: ticks live in localStorage. Signed in: ticks show at once (optimistic), go to an
 * outbox in localStorage, and are sent to /api/progress; failures stay queued, are retried with
 * backoff and when the browser comes back online, and survive a reload. Nothing is dropped silently.
 *
 * Every open tab of the site reads and writes that one outbox, and one tab's localStorage can lag
 * behind another's writes by a moment. So a tab writes the outbox only with the person's intent (a
 * tick) or once the server has a change, never to note a failed attempt; and a tab that sees changes
 * appear in it from elsewhere saves them if their own tab has not (see saveWhatOthersLeft).
 */
import { useSyncExternalStore } from "react";
import {
  LOCAL_TICKS_KEY,
  changeKey,
  OUTBOX_KEY,
  SIGNED_IN_HINT_KEY,
  enqueue,
  localTicksForMerge,
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
/** Sends in a row that failed from this tab; only paces this tab's retries. */
let failuresInARow = 0;
let flushing = false;
/** Changes this tab saved; a server read that overlapped one of them is read again (see resync). */
let settledHere = 0;
/** The message says we are retrying after a 5xx or no network. */
let waitingOnServer = false;

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
    later(() => void load(guide, true), 5000);
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

/** Plans this tab's next try, replacing any other; `retryTimer` is undefined again once it has run. */
function later(run: () => void, delay: number) {
  clearTimeout(retryTimer);
  const timer = setTimeout(() => {
    if (retryTimer === timer) retryTimer = undefined;
    run();
  }, delay);
  retryTimer = timer;
}

function scheduleRetry(failures: number, retryAfterSeconds?: number) {
  // A 503 says when to come back; a little jitter keeps many tabs from retrying in step.
  const delay = retryAfterSeconds ? retryAfterSeconds * 1000 * (1 + Math.random() * 0.5) : retryDelay(failures);
  later(() => void flush(), delay);
}

/**
 * Changes appeared in the outbox from another tab. That tab sends them itself, so wait a moment
 * first (usually it has saved them by then and there is nothing to send); but if it cannot reach the
 * server, or its write brought back a change already saved here, this tab saves them. A retry
 * already planned (perhaps a 503's Retry-After) is left as it is.
 */
function saveWhatOthersLeft() {
  if (retryTimer === undefined && state?.mode === "signed-in") scheduleRetry(0);
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
        settledHere++;
        failuresInARow = 0;
        writeOutbox(settle(readOutbox(), change));
        if (change.guide === state.guide) {
          if (change.done) state.serverDone.add(change.stepId);
          else state.serverDone.delete(change.stepId);
          state.saved.add(change.stepId);
        }
        state.message = null;
        waitingOnServer = false;
      } else if (res.status === 401) {
        state.message = "You were signed out. Sign in again to save the steps marked “Not saved yet”.";
        publish();
        return;
      } else if (res.status >= 400 && res.status < 500) {
        // The server will never accept this change (e.g. the step left the guide): drop it and say so.
        writeOutbox(settle(readOutbox(), change));
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        state.message = `A change could not be saved: ${body.error ?? "the request was refused"}.`;
      } else if (!readOutbox().some((c) => changeKey(c) === changeKey(change))) {
        // Another tab saved this change while we were sending it: nothing to retry or to warn about.
        continue;
      } else {
        // 5xx or no network: it stays queued as it is and is tried again; nothing is dropped.
        failuresInARow++;
        waitingOnServer = true;
        state.message =
          res.status === 503 ? "We could not save just now; we will keep trying." : "Not saved yet. We will keep trying, also when you are back online.";
        publish();
        scheduleRetry(failuresInARow, res.status === 503 ? retryAfter(res) : undefined);
        return;
      }
      publish();
    }
  } finally {
    flushing = false;
  }
  if (waitingOnServer && !readOutbox().some((c) => c.guide === state?.guide)) {
    // What we were retrying was saved by another tab: the warning no longer holds.
    waitingOnServer = false;
    state.message = null;
    publish();
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

/**
 * Another tab took changes of this guide out of the shared outbox: it saved them (or the server
 * refused them). This tab's server ticks predate them, so the outbox alone would now show those steps
 * as not done: read the server's ticks again, so every tab converges to the server's truth.
 */
function removedElsewhere(before: PendingChange[], after: PendingChange[], guide: string): boolean {
  const still = new Set(after.map(changeKey));
  return before.some((c) => c.guide === guide && !still.has(changeKey(c)));
}

function addedElsewhere(before: PendingChange[], after: PendingChange[]): boolean {
  const known = new Set(before.map(changeKey));
  return after.some((c) => !known.has(changeKey(c)));
}


let resyncing = false;
let resyncAgain = false;
async function resync(): Promise<void> {
  if (resyncing) {
    resyncAgain = true;
    return;
  }
  resyncing = true;
  try {
    do {
      resyncAgain = false;
      const guide = state?.guide;
      if (!guide || state?.mode === "anonymous") return;
      const settledBefore = settledHere;
      const session = await pageSession(guide, true);
      if (!state || state.guide !== guide) return;
      // A save of this tab's own that ended during the read may be missing from it: read again.
      if (settledHere !== settledBefore) resyncAgain = true;
      if (session.status !== "signed-in") continue;
      readStats(session.stats);
      state.mode = "signed-in";
      state.serverDone = new Set(session.ticks.map((t) => t.stepId));
      if (!readOutbox().some((c) => c.guide === guide)) {
        state.message = null;
        waitingOnServer = false;
      }
      publish();
    } while (resyncAgain);
  } finally {
    resyncing = false;
  }
  void flush();
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
  retryTimer = undefined;
  failuresInARow = 0;
  void load(guide);
  if (listening) return;
  listening = true;
  window.addEventListener("online", () => void flush());
  // Another tab ticked or saved: show it here too.
  window.addEventListener("storage", (e) => {
    if (e.key === OUTBOX_KEY && state && state.mode !== "anonymous") {
      const before = parseOutbox(e.oldValue);
      const after = parseOutbox(e.newValue);
      // Keep showing what this tab knew until the server answers: the outbox alone would flash "not done".
      if (removedElsewhere(before, after, state.guide)) return void resync();
      publish();
      if (addedElsewhere(before, after)) saveWhatOthersLeft();
    } else if (e.key === OUTBOX_KEY || e.key === LOCAL_TICKS_KEY) publish();
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
