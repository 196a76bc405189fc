import { stepById, stepIndex } from "@/lib/content/steps";
import { describe, expect, it } from "vitest";
import { guideEnd, walkNeighbours } from "@/lib/plan/walkthrough";

const steps = [{ id: "a" }, { id: "eu", region: ["EU" as const] }, { id: "b" }, { id: "us", region: ["US" as const] }];

describe("walkthrough order", () => {
  it("visits every step when no region is chosen", () => {
    expect(walkNeighbours(steps, "a", null)).toEqual({ prev: null, next: "eu" });
    expect(walkNeighbours(steps, "eu", null)).toEqual({ prev: "a", next: "b" });
    expect(walkNeighbours(steps, "us", null)).toEqual({ prev: "b", next: null });
  });

  it("goes past the steps that do not apply where the reader lives", () => {
    expect(walkNeighbours(steps, "a", "US")).toEqual({ prev: null, next: "b" });
    expect(walkNeighbours(steps, "b", "US")).toEqual({ prev: "a", next: "us" });
    expect(walkNeighbours(steps, "b", "EU")).toEqual({ prev: "eu", next: null });
    // "Elsewhere" keeps only the steps for everyone; a step that does not apply still has its neighbours.
    expect(walkNeighbours(steps, "eu", "other")).toEqual({ prev: "a", next: "b" });
    expect(walkNeighbours(steps, "nope", "EU")).toEqual({ prev: null, next: null });
  });
});

describe("the end of a guide", () => {
  it("lists done, skipped and left-out steps; a tick counts wherever its step applies", () => {
    const end = guideEnd(steps, new Set(["a", "us"]), "EU");
    expect([end.done, end.skipped, end.notHere].map((l) => l.map((s) => s.id))).toEqual([["a", "us"], ["eu", "b"], []]);
    expect(end.total).toBe(4);
    const us = guideEnd(steps, new Set(["a"]), "US");
    expect([us.done, us.skipped, us.notHere].map((l) => l.map((s) => s.id))).toEqual([["a"], ["b", "us"], ["eu"]]);
    expect(us.total).toBe(3);
    expect(guideEnd(steps, new Set(), null).total).toBe(4);
  });
});

describe("step lookup", () => {
  const steps = [{ id: "a" }, { id: "b" }];
  it("finds a step by id, and nothing for an unknown, empty or missing id or guide", () => {
    expect(stepById(steps, "b")).toBe(steps[1]);
    expect(stepIndex(steps, "b")).toBe(1);
    for (const id of ["c", "", null, undefined]) {
      expect(stepById(steps, id)).toBeUndefined();
      expect(stepIndex(steps, id)).toBe(-1);
    }
    expect(stepById(undefined, "a")).toBeUndefined();
    expect(stepIndex(undefined, "a")).toBe(-1);
  });
});
