import { describe, expect, it } from "vitest";
import { firstStep, mergePlans, parsePlan, planQuery, readPlanQuery, summarizePlan, type PlanGuide } from "@/lib/plans";
import { planGuides, stepManifest } from "@/lib/content/guides";
import { UserFacingError } from "@/lib/errors";

const step = (id: string, effect: PlanGuide["steps"][number]["effect"], region?: PlanGuide["steps"][number]["region"]) => ({ id, title: id, number: 1, effect, ...(region ? { region } : {}) });
const outlines: PlanGuide[] = [
  { slug: "ads", platform: "Ads", category: "social", minutes: 4, steps: [step("ads-1", "limits-ads"), step("ads-2", "limits-exposure")] },
  { slug: "wipe", platform: "Wipe", category: "social", minutes: 6, steps: [step("wipe-1", "deletes-data"), step("wipe-2", "objects", ["EU"]), step("wipe-3", "objects", ["EU", "UK"])] },
  { slug: "train", platform: "Train", category: "ai-assistant", minutes: 10, steps: [step("train-1", "limits-ads"), step("train-2", "stops-training")] },
  { slug: "object", platform: "Object", category: "social", minutes: 2, steps: [step("object-1", "objects", ["EU"])] },
];
const known = new Set(outlines.map((g) => g.slug));
const manifest = new Map(outlines.map((g) => [g.slug, []]));

describe("plan URL", () => {
  it("round-trips guides and region through ?g=…&r=…", () => {
    const plan = { guides: ["wipe", "train"], region: "EU" as const };
    const query = planQuery(plan);
    expect(query).toBe("?g=wipe,train&r=EU");
    expect(readPlanQuery(new URLSearchParams(query), known)).toEqual(plan);
    expect(readPlanQuery({ g: "wipe,train", r: "EU" }, known)).toEqual(plan);
    expect(planQuery({ guides: [], region: null })).toBe("");
  });

  it("drops unknown and repeated guides and a bad region", () => {
    expect(readPlanQuery(new URLSearchParams("?g=wipe,nope,wipe,,train&r=Mars"), known)).toEqual({ guides: ["wipe", "train"], region: null });
    expect(readPlanQuery({ g: ["ads", "wipe"], r: ["other"] }, known)).toEqual({ guides: ["ads"], region: "other" });
  });
});

describe("plan validation", () => {
  const rejects = (input: unknown, message: RegExp) => {
    let error: unknown;
    try {
      parsePlan(input, manifest);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).status).toBe(422);
    expect((error as UserFacingError).message).toMatch(message);
  };
  it("accepts known guides and the five regions", () => {
    for (const region of ["EU", "UK", "CH", "US", "other", null]) expect(parsePlan({ guides: ["wipe"], region }, manifest)).toEqual({ guides: ["wipe"], region });
    expect(parsePlan({ guides: [] }, manifest)).toEqual({ guides: [], region: null });
  });
  it("refuses unknown guides, duplicates, huge lists, bad regions and extra keys", () => {
    rejects({ guides: ["nope"] }, /no guide called "nope"/);
    rejects({ guides: ["wipe", "wipe"] }, /twice/);
    rejects({ guides: Array.from({ length: 201 }, (_, i) => `g-${i}`) }, /at most 200/);
    rejects({ guides: ["wipe"], region: "DE" }, /region/);
    rejects({ guides: ["../x"] }, /guides/);
    rejects({ guides: "wipe" }, /guides/);
    rejects({ guides: [], userId: "someone" }, /userId|unrecognized/i);
  });
});

describe("plan summary", () => {
  it("orders by the most important step: stop training, delete, object, exposure and ads", () => {
    const summary = summarizePlan({ guides: ["ads", "object", "wipe", "train"], region: "EU" }, outlines);
    expect(summary.guides.map((g) => g.slug)).toEqual(["train", "wipe", "object", "ads"]);
    expect(summary.steps).toBe(8);
    expect(summary.minutes).toBe(4 + 6 + 10 + 2);
    expect(summary.setAside).toEqual([]);
    expect(firstStep(summary)).toEqual({ guide: "train", stepId: "train-1" });
  });

  it("sets aside steps that do not apply where the reader lives, and says so", () => {
    const summary = summarizePlan({ guides: ["wipe", "object"], region: "US" }, outlines);
    expect(summary.guides.map((g) => [g.slug, g.steps.map((s) => s.id), g.setAside.map((s) => s.id)])).toEqual([
      ["wipe", ["wipe-1"], ["wipe-2", "wipe-3"]],
      ["object", [], ["object-1"]],
    ]);
    expect(summary.steps).toBe(1);
    expect(summary.minutes).toBe(2);
    expect(summary.setAside).toEqual(["2 steps only apply in the EU", "1 step only applies in the EU or UK"]);
    const uk = summarizePlan({ guides: ["wipe"], region: "UK" }, outlines);
    expect(uk.setAside).toEqual(["1 step only applies in the EU"]);
    expect(summarizePlan({ guides: ["object"], region: "other" }, outlines).steps).toBe(0);
    expect(firstStep(summarizePlan({ guides: ["object"], region: "US" }, outlines))).toBeNull();
  });

  it("counts every step when no region is chosen", () => {
    expect(summarizePlan({ guides: ["wipe", "object"], region: null }, outlines).steps).toBe(4);
  });
});

describe("plan merge", () => {
  it("unites guides, keeps the account's order and region unless it has none", () => {
    expect(mergePlans({ guides: ["a", "b"], region: "UK" }, { guides: ["b", "c"], region: "EU" })).toEqual({ guides: ["a", "b", "c"], region: "UK" });
    expect(mergePlans({ guides: ["a"], region: null }, { guides: [], region: "EU" })).toEqual({ guides: ["a"], region: "EU" });
    expect(mergePlans(null, { guides: ["c"], region: null })).toEqual({ guides: ["c"], region: null });
  });
});

describe("plan over the real guides", () => {
  it("every guide can be planned, and the plan's links stay short", () => {
    const real = planGuides();
    const slugs = real.map((g) => g.slug);
    expect(parsePlan({ guides: slugs, region: "EU" }, stepManifest())).toEqual({ guides: slugs, region: "EU" });
    const summary = summarizePlan({ guides: slugs, region: "EU" }, real);
    expect(summary.guides).toHaveLength(slugs.length);
    expect(readPlanQuery(new URLSearchParams(planQuery({ guides: slugs, region: "EU" })), new Set(slugs)).guides).toEqual(slugs);
  });
});

describe("plan progress", () => {
  it("counts the applicable steps done per guide and overall, with the next step", async () => {
    const { planProgress } = await import("@/lib/plans");
    const summary = summarizePlan({ guides: ["wipe", "train"], region: "US" }, outlines);
    const progress = planProgress(summary, new Map([["train", new Set(["train-2"])], ["wipe", new Set(["wipe-1", "wipe-2"])]]));
    expect(progress).toMatchObject({ done: 2, total: 3 });
    expect(progress.guides.map((g) => [g.slug, g.done, g.total, g.next?.id ?? null])).toEqual([
      ["train", 1, 2, "train-1"],
      ["wipe", 1, 1, null],
    ]);
  });
});
