import { describe, expect, it } from "vitest";
import { achievements } from "@/lib/progress/achievements";
import type { GuideOutline } from "@/lib/content/guides";

const outline = (slug: string, effects: string[]): GuideOutline =>
  ({ slug, platform: slug, title: slug, category: "social", steps: effects.map((effect, i) => ({ id: `s${i}`, title: "t", hash: "h", number: i + 1, effect })) }) as GuideOutline;

describe("what the done steps achieved", () => {
  it("counts done steps by effect and requests by state", () => {
    const outlines = [outline("a", ["stops-training", "deletes-data", "limits-exposure", "limits-ads"]), outline("b", ["stops-training", "objects"])];
    const done = new Map([
      ["a", new Set(["s0", "s1", "s3"])],
      ["b", new Set(["s0"])],
    ]);
    const requests = [
      { state: "sent" as const, timing: { kind: "overdue" } },
      { state: "sent" as const, timing: { kind: "due" } },
      { state: "answered" as const, timing: { kind: "due" } },
    ];
    expect(achievements(outlines, done, requests)).toEqual({ stopsTraining: 2, deletesData: 1, limitsExposure: 0, limitsOther: 1, requests: { sent: 3, answered: 1, overdue: 1 } });
  });

  it("is all zeros for a reader who did nothing", () => {
    expect(achievements([outline("a", ["stops-training"])], new Map(), [])).toEqual({ stopsTraining: 0, deletesData: 0, limitsExposure: 0, limitsOther: 0, requests: { sent: 0, answered: 0, overdue: 0 } });
  });
});
