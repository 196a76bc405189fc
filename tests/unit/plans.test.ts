import { describe, expect, it } from "vitest";
import { firstStep, mergePlans, nextInPlan, planPosition, planQuery, readerPlan, readPlanQuery, regionSync, setAsideGroups, summarizePlan, type PlanGuide } from "@/lib/plan/rules";
import { parsePlan } from "@/lib/plan/server";
import { buildPlanIndex, planIndexFile, PlanIndexError, readPlanIndex } from "@/lib/plan/index-file";
import { planGuides, stepManifest } from "@/lib/content/guides";
import { UserFacingError } from "@/lib/http/errors";

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
    expect(summary.setAside).toEqual([
      { regions: ["EU"], count: 2 },
      { regions: ["EU", "UK"], count: 1 },
    ]);
    const uk = summarizePlan({ guides: ["wipe"], region: "UK" }, outlines);
    expect(uk.setAside).toEqual([{ regions: ["EU"], count: 1 }]);
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
    const { planProgress } = await import("@/lib/plan/rules");
    const summary = summarizePlan({ guides: ["wipe", "train"], region: "US" }, outlines);
    const progress = planProgress(summary, new Map([["train", new Set(["train-2"])], ["wipe", new Set(["wipe-1", "wipe-2"])]]));
    expect(progress).toMatchObject({ done: 2, total: 3 });
    expect(progress.guides.map((g) => [g.slug, g.done, g.total, g.next?.id ?? null])).toEqual([
      ["train", 1, 2, "train-1"],
      ["wipe", 1, 1, null],
    ]);
    // The ticked EU step is left out of the counts, and the checklist says what was left out.
    expect(progress.setAside).toEqual([{ regions: ["EU"], count: 1 }, { regions: ["EU", "UK"], count: 1 }]);
    expect(progress.guides.map((g) => g.setAside)).toEqual([[], [{ regions: ["EU"], count: 1 }, { regions: ["EU", "UK"], count: 1 }]]);
  });
});

describe("plan position and what comes next", () => {
  const summary = summarizePlan({ guides: ["ads", "object", "wipe", "train"], region: "US" }, outlines);

  it("places a guide in the order /plan shows: guide 2 of 4", () => {
    expect(summary.guides.map((g) => g.slug)).toEqual(["train", "wipe", "ads", "object"]);
    expect(planPosition(summary, "wipe")).toEqual({ index: 2, total: 4 });
    expect(planPosition(summary, "train")).toEqual({ index: 1, total: 4 });
    expect(planPosition(summary, "nope")).toBeNull();
  });

  it("goes on with the next guide that has a step where the reader lives, or ends", () => {
    expect(nextInPlan(summary, "train")).toEqual({ guide: "wipe", platform: "Wipe", stepId: "wipe-1" });
    expect(nextInPlan(summary, "wipe")).toEqual({ guide: "ads", platform: "Ads", stepId: "ads-1" });
    // Object has no step in the US: nothing after Ads.
    expect(nextInPlan(summary, "ads")).toBeNull();
    expect(nextInPlan(summary, "object")).toBeNull();
    expect(nextInPlan(summary, "nope")).toBeNull();
  });

  it("the region changes the order, as it does on /plan", () => {
    // In the EU Object's objection applies and ranks it before Ads.
    const eu = summarizePlan({ guides: ["ads", "object"], region: "EU" }, outlines);
    expect(planPosition(eu, "object")).toEqual({ index: 1, total: 2 });
    expect(planPosition(summarizePlan({ guides: ["ads", "object"], region: "US" }, outlines), "object")).toEqual({ index: 2, total: 2 });
  });
});

describe("the reader's plan and region", () => {
  const account = { guides: ["wipe"], region: "UK" as const };
  const local = { guides: ["ads"], region: "EU" as const };

  it("signed in follows the account's plan and region, signed out the device's", () => {
    expect(readerPlan({ signedIn: true, account, local, device: "US" })).toEqual({ guides: ["wipe"], region: "UK" });
    expect(readerPlan({ signedIn: true, account: { guides: ["wipe"], region: null }, local, device: "US" })).toEqual({ guides: ["wipe"], region: "US" });
    // No plan on the account yet: the device's (it is merged on /plan).
    expect(readerPlan({ signedIn: true, account: null, local, device: null })).toEqual(local);
    expect(readerPlan({ signedIn: false, account: null, local, device: "US" })).toEqual({ guides: ["ads"], region: "US" });
    expect(readerPlan({ signedIn: false, account: null, local, device: null })).toEqual(local);
    expect(readerPlan({ signedIn: false, account: null, local: null, device: "US" })).toBeNull();
  });

  it("syncs the region once per page: the account's wins unless it has none or the device's last choice did not reach it", () => {
    expect(regionSync({ account: "EU", device: null, unsaved: false })).toEqual({ kind: "pull", region: "EU" });
    expect(regionSync({ account: "EU", device: "US", unsaved: false })).toEqual({ kind: "pull", region: "EU" });
    expect(regionSync({ account: null, device: "US", unsaved: false })).toEqual({ kind: "push", region: "US" });
    expect(regionSync({ account: "EU", device: "US", unsaved: true })).toEqual({ kind: "push", region: "US" });
    expect(regionSync({ account: "EU", device: null, unsaved: true })).toEqual({ kind: "push", region: null });
    expect(regionSync({ account: "EU", device: "EU", unsaved: true })).toEqual({ kind: "none" });
    expect(regionSync({ account: null, device: null, unsaved: false })).toEqual({ kind: "none" });
  });

  it("counts what was set aside per list of regions, for pages to word in the reader's language", () => {
    expect(setAsideGroups([])).toEqual([]);
    expect(setAsideGroups([{ region: ["EU"] }, { region: ["EU", "UK", "CH"] }, { region: ["EU"] }])).toEqual([
      { regions: ["EU"], count: 2 },
      { regions: ["EU", "UK", "CH"], count: 1 },
    ]);
  });
});

describe("plan index", () => {
  it("round-trips every real guide through the compact file", () => {
    const real = planGuides();
    const file = planIndexFile(real);
    expect(readPlanIndex(JSON.parse(file.json))).toEqual(real);
    expect(file.url).toMatch(/^\/plan\/index\.json\?v=[0-9a-z]+$/);
    expect(planIndexFile(real)).toBe(file);
  });

  it("refuses a file of another version or shape", () => {
    const index = buildPlanIndex(outlines);
    expect(readPlanIndex(JSON.parse(JSON.stringify(index)))).toEqual(outlines);
    expect(() => readPlanIndex({ ...index, version: 2 })).toThrow(PlanIndexError);
    expect(() => readPlanIndex({ ...index, guides: [["x"]] })).toThrow(PlanIndexError);
    expect(() => readPlanIndex({ ...index, effects: ["nope"] })).toThrow(PlanIndexError);
    expect(() => readPlanIndex(null)).toThrow(PlanIndexError);
  });
});
