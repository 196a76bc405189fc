import { describe, expect, it } from "vitest";
import { enqueue, localTicksForMerge, parseLocalTicks, parseOutbox, retryDelay, setLocalTick, settle, visibleTicks } from "@/lib/progress/local";

describe("local progress data", () => {
  it("reads corrupt or foreign storage as empty instead of breaking the page", () => {
    expect(parseLocalTicks("{not json")).toEqual({});
    expect(parseLocalTicks(JSON.stringify({ a: 1 }))).toEqual({});
    expect(parseOutbox(JSON.stringify([{ guide: 1 }]))).toEqual([]);
    expect(parseOutbox(null)).toEqual([]);
  });

  it("reads an outbox written by an earlier version, keeping only the person's intent", () => {
    const old = [{ guide: "g", stepId: "a", done: true, at: "2026-01-01T00:00:00.000Z", attempts: 3 }];
    expect(parseOutbox(JSON.stringify(old))).toEqual([{ guide: "g", stepId: "a", done: true, at: "2026-01-01T00:00:00.000Z" }]);
  });

  it("keeps the first tick time, and forgets a guide with no ticks", () => {
    let ticks = setLocalTick({}, "instagram", "a", true, "2026-01-01T00:00:00.000Z");
    ticks = setLocalTick(ticks, "instagram", "a", true, "2026-02-01T00:00:00.000Z");
    expect(ticks).toEqual({ instagram: { a: "2026-01-01T00:00:00.000Z" } });
    expect(localTicksForMerge(ticks)).toEqual([{ guide: "instagram", stepId: "a", tickedAt: "2026-01-01T00:00:00.000Z" }]);
    expect(setLocalTick(ticks, "instagram", "a", false, "x")).toEqual({});
  });

  it("keeps only the last intent per step in the outbox", () => {
    let outbox = enqueue([], { guide: "g", stepId: "a", done: true, at: "1" });
    outbox = enqueue(outbox, { guide: "g", stepId: "b", done: true, at: "2" });
    outbox = enqueue(outbox, { guide: "g", stepId: "a", done: false, at: "3" });
    expect(outbox.map((c) => `${c.stepId}:${c.done}`)).toEqual(["b:true", "a:false"]);
  });

  it("does not settle a change that was superseded while it was in flight", () => {
    const sent = { guide: "g", stepId: "a", done: true, at: "1" };
    const outbox = enqueue([sent], { guide: "g", stepId: "a", done: false, at: "2" });
    expect(settle(outbox, sent)).toHaveLength(1);
    expect(settle([sent], sent)).toEqual([]);
  });

  it("shows unsaved changes on top of the server's ticks and marks them pending", () => {
    const outbox = [
      { guide: "g", stepId: "b", done: true, at: "1" },
      { guide: "g", stepId: "a", done: false, at: "1" },
      { guide: "other", stepId: "c", done: true, at: "1" },
    ];
    const { done, pending } = visibleTicks(["a", "z"], outbox, "g");
    expect([...done].sort()).toEqual(["b", "z"]);
    expect([...pending].sort()).toEqual(["a", "b"]);
  });

  it("backs off exponentially up to a minute", () => {
    expect([0, 1, 2, 3].map(retryDelay)).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(20)).toBe(60_000);
  });
});
