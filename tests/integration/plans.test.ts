import { afterAll, describe, expect, it } from "vitest";
import { testDb, makeUser } from "../support/database";
import { mergePlan, savePlan, savePlanRegion } from "@/lib/plan/server";
import { expectUserFacingError } from "../support/errors";
import type { Manifest } from "@/lib/content/guides";

const db = testDb();
afterAll(() => db.$disconnect());

/** The plan row as stored (the app reads it with the session, lib/auth/session.ts). */
async function loadPlan(_db: typeof db, userId: string) {
  const row = await db.plan.findUnique({ where: { userId }, select: { guides: true, region: true } });
  return row ? { guides: row.guides, region: row.region } : null;
}

const manifest: Manifest = new Map(["alpha", "beta", "gamma"].map((g) => [g, [{ id: `${g}-1`, title: "One", hash: "h", number: 1 }]]));

describe("plans", () => {
  it("saves, replaces and loads a plan; nothing before the first save", async () => {
    const user = await makeUser(db);
    expect(await loadPlan(db, user.id)).toBeNull();
    await savePlan(db, user.id, { guides: ["alpha", "beta"], region: "EU" }, manifest);
    expect(await loadPlan(db, user.id)).toEqual({ guides: ["alpha", "beta"], region: "EU" });
    await savePlan(db, user.id, { guides: ["gamma"], region: null }, manifest);
    expect(await loadPlan(db, user.id)).toEqual({ guides: ["gamma"], region: null });
    expect(await db.plan.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses unknown guides, huge lists, duplicates and bad regions with a 422, and writes nothing", async () => {
    const user = await makeUser(db);
    await expectUserFacingError(savePlan(db, user.id, { guides: ["nope"] }, manifest), 422, /no guide called "nope"/);
    await expectUserFacingError(savePlan(db, user.id, { guides: Array.from({ length: 201 }, () => "alpha") }, manifest), 422, /at most 200/);
    await expectUserFacingError(savePlan(db, user.id, { guides: ["alpha", "alpha"] }, manifest), 422, /twice/);
    await expectUserFacingError(savePlan(db, user.id, { guides: ["alpha"], region: "Mars" }, manifest), 422, /region/);
    await expectUserFacingError(savePlan(db, user.id, { guides: ["alpha"], userId: "x" }, manifest), 422, /userId|unrecognized/i);
    await expectUserFacingError(mergePlan(db, user.id, { guides: ["nope"] }, manifest), 422, /no guide/);
    expect(await db.plan.count({ where: { userId: user.id } })).toBe(0);
  });

  it("merges a signed-out plan: union of guides, the account's region unless unset", async () => {
    const user = await makeUser(db);
    expect(await mergePlan(db, user.id, { guides: ["alpha"], region: null }, manifest)).toEqual({ guides: ["alpha"], region: null });
    expect(await mergePlan(db, user.id, { guides: ["beta", "alpha"], region: "UK" }, manifest)).toEqual({ guides: ["alpha", "beta"], region: "UK" });
    expect(await mergePlan(db, user.id, { guides: ["gamma"], region: "EU" }, manifest)).toEqual({ guides: ["alpha", "beta", "gamma"], region: "UK" });
    expect(await loadPlan(db, user.id)).toEqual({ guides: ["alpha", "beta", "gamma"], region: "UK" });
  });

  it("sets the region alone: a plan without guides if there was none, the guides kept if there was", async () => {
    const user = await makeUser(db);
    expect(await savePlanRegion(db, user.id, { region: "US" })).toEqual({ guides: [], region: "US" });
    await savePlan(db, user.id, { guides: ["alpha"], region: "US" }, manifest);
    expect(await savePlanRegion(db, user.id, { region: "EU" })).toEqual({ guides: ["alpha"], region: "EU" });
    expect(await savePlanRegion(db, user.id, { region: null })).toEqual({ guides: ["alpha"], region: null });
    expect(await loadPlan(db, user.id)).toEqual({ guides: ["alpha"], region: null });
  });

  it("refuses a bad region, a missing one and any other key with a 422, and writes nothing", async () => {
    const user = await makeUser(db);
    await expectUserFacingError(savePlanRegion(db, user.id, { region: "Mars" }), 422, /region/);
    await expectUserFacingError(savePlanRegion(db, user.id, {}), 422, /region/);
    await expectUserFacingError(savePlanRegion(db, user.id, { region: "EU", guides: ["alpha"] }), 422, /guides|unrecognized/i);
    await expectUserFacingError(savePlanRegion(db, user.id, { region: "EU", userId: "x" }), 422, /userId|unrecognized/i);
    await expectUserFacingError(savePlanRegion(db, user.id, "EU"), 422, /object/i);
    expect(await db.plan.count({ where: { userId: user.id } })).toBe(0);
  });

  it("user B can never read or change user A's plan, and deleting A deletes A's plan", async () => {
    const [a, b] = [await makeUser(db, "a"), await makeUser(db, "b")];
    await savePlan(db, a.id, { guides: ["alpha"], region: "EU" }, manifest);
    expect(await loadPlan(db, b.id)).toBeNull();
    await savePlan(db, b.id, { guides: ["beta"], region: "US" }, manifest);
    await mergePlan(db, b.id, { guides: ["gamma"], region: "CH" }, manifest);
    await savePlanRegion(db, b.id, { region: "CH" });
    expect(await loadPlan(db, a.id)).toEqual({ guides: ["alpha"], region: "EU" });
    expect(await loadPlan(db, b.id)).toEqual({ guides: ["beta", "gamma"], region: "CH" });
    await db.user.delete({ where: { id: a.id } });
    expect(await db.plan.count({ where: { userId: a.id } })).toBe(0);
  });
});
