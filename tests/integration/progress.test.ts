import { afterAll, describe, expect, it } from "vitest";
import { testDb, testSql, makeUser } from "../support/database";
import { listTicks, mergeTicks, recheck, setReminder, setStep, type Manifest } from "@/lib/progress/server";
import { expectUserFacingError } from "../support/errors";
import { buildChecklist, type ChecklistGuide } from "@/lib/progress/checklist";
import { claimReminder, selectDueReminders, unsubscribe, unsubscribeToken, verifyUnsubscribeToken } from "@/lib/jobs/reminders";
import { exportAccount, deleteAccount } from "@/lib/account/data";

const db = testDb();
const sql = testSql();
afterAll(() => Promise.all([db.$disconnect(), sql.end()]));

const steps = (guide: string, n: number, hashSuffix = "") => Array.from({ length: n }, (_, i) => ({ id: `${guide}-step-${i + 1}`, title: `Step ${i + 1} of ${guide}`, hash: `h${i + 1}${hashSuffix}`, number: i + 1 }));
const manifest: Manifest = new Map([
  ["alpha", steps("alpha", 3)],
  ["beta", steps("beta", 2)],
]);
const guides: ChecklistGuide[] = [
  { slug: "alpha", platform: "Alpha", title: "Alpha guide", category: "social", steps: manifest.get("alpha")! },
  { slug: "beta", platform: "Beta", title: "Beta guide", category: "ai-assistant", steps: manifest.get("beta")! },
  { slug: "gamma", platform: "Gamma", title: "Gamma guide", category: "social", steps: steps("gamma", 1) },
];
const tick = (guide: string, stepId: string, done = true) => ({ guide, stepId, done });

describe("ticks", () => {
  it("ticking twice keeps one row; unticking deletes it and is idempotent too", async () => {
    const user = await makeUser(db);
    const first = await setStep(sql, user.id, tick("alpha", "alpha-step-1"), manifest);
    const second = await setStep(sql, user.id, tick("alpha", "alpha-step-1"), manifest);
    expect(second.completedAt).toBe(first.completedAt);
    expect(await db.stepCompletion.count({ where: { userId: user.id } })).toBe(1);
    const row = await db.stepCompletion.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.stepHash).toBe("h1");
    // The time the raw pg path returns is the stored UTC time, whatever the process's time zone.
    expect(first.completedAt).toBe(row.completedAt.toISOString());
    await setStep(sql, user.id, tick("alpha", "alpha-step-1", false), manifest);
    await setStep(sql, user.id, tick("alpha", "alpha-step-1", false), manifest);
    expect(await db.stepCompletion.count({ where: { userId: user.id } })).toBe(0);
  });

  it("rejects unknown guides and steps and malformed input, and writes nothing", async () => {
    const user = await makeUser(db);
    await expectUserFacingError(setStep(sql, user.id, tick("nope", "x"), manifest), 422, /no guide called "nope"/);
    await expectUserFacingError(setStep(sql, user.id, tick("alpha", "missing"), manifest), 422, /no step "missing"/);
    await expectUserFacingError(setStep(sql, user.id, { guide: "alpha", stepId: "alpha-step-1", done: "yes" }, manifest), 422, /done/);
    await expectUserFacingError(setStep(sql, user.id, { guide: "alpha", stepId: "alpha-step-1", done: true, userId: "someone-else" }, manifest), 422, /userId|unrecognized/i);
    await expectUserFacingError(setStep(sql, user.id, { guide: "../etc", stepId: "a", done: true }, manifest), 422, /guide/);
    expect(await db.stepCompletion.count({ where: { userId: user.id } })).toBe(0);
  });

  it("user B can never read or change user A's ticks", async () => {
    const [a, b] = [await makeUser(db, "a"), await makeUser(db, "b")];
    await setStep(sql, a.id, tick("alpha", "alpha-step-1"), manifest);
    await setStep(sql, a.id, tick("beta", "beta-step-2"), manifest);
    expect(await listTicks(db, b.id, manifest)).toEqual([]);
    // B unticking the same step only touches B's (absent) row.
    await setStep(sql, b.id, tick("alpha", "alpha-step-1", false), manifest);
    await expectUserFacingError(recheck(db, b.id, { guide: "alpha", stepId: "alpha-step-1" }, manifest), 404, /not ticked/);
    await mergeTicks(db, b.id, { ticks: [{ guide: "alpha", stepId: "alpha-step-2" }] }, manifest);
    const aTicks = await listTicks(db, a.id, manifest);
    expect(aTicks.map((t) => `${t.guide}/${t.stepId}`).sort()).toEqual(["alpha/alpha-step-1", "beta/beta-step-2"]);
    const bChecklist = await buildChecklist(sql, { id: b.id, reminderMonths: null }, guides);
    expect(bChecklist.started.map((g) => g.slug)).toEqual(["alpha"]);
    expect(bChecklist.overall.done).toBe(1);
    expect((await exportAccount(db, b.id)).ticks.map((t) => t.stepId)).toEqual(["alpha-step-2"]);
  });
});

describe("merge of anonymous ticks", () => {
  it("is a union that never drops or rewrites a server tick, and skips unknown steps", async () => {
    const user = await makeUser(db);
    await setStep(sql, user.id, tick("alpha", "alpha-step-1"), manifest);
    const before = await db.stepCompletion.findFirstOrThrow({ where: { userId: user.id, stepId: "alpha-step-1" } });
    const result = await mergeTicks(
      db,
      user.id,
      {
        ticks: [
          { guide: "alpha", stepId: "alpha-step-1", tickedAt: "2025-01-01T00:00:00.000Z" },
          { guide: "alpha", stepId: "alpha-step-2", tickedAt: "2026-01-02T00:00:00.000Z" },
          { guide: "beta", stepId: "beta-step-1" },
          { guide: "alpha", stepId: "gone" },
        ],
      },
      manifest,
    );
    expect(result).toEqual({ added: 2, skipped: 2 });
    const after = await db.stepCompletion.findMany({ where: { userId: user.id }, orderBy: { stepId: "asc" } });
    expect(after.map((t) => t.stepId)).toEqual(["alpha-step-1", "alpha-step-2", "beta-step-1"]);
    expect(after[0]?.completedAt.toISOString()).toBe(before.completedAt.toISOString());
    expect(after[1]?.completedAt.toISOString()).toBe("2026-01-02T00:00:00.000Z");
  });

  it("rejects a malformed merge with a clear message", async () => {
    const user = await makeUser(db);
    await expectUserFacingError(mergeTicks(db, user.id, { ticks: [{ guide: "alpha", stepId: "alpha-step-1", tickedAt: "yesterday" }] }, manifest), 422, /tickedAt/);
    await expectUserFacingError(mergeTicks(db, user.id, { ticks: "all" }, manifest), 422, /ticks/);
    // Year 0 used to reach PostgreSQL and come back as a 500.
    await expectUserFacingError(mergeTicks(db, user.id, { ticks: [{ guide: "alpha", stepId: "alpha-step-1", tickedAt: "0000-01-01T00:00:00Z" }] }, manifest), 422, /before Untrain existed/);
    await expectUserFacingError(mergeTicks(db, user.id, { ticks: [{ guide: "alpha", stepId: "alpha-step-1", tickedAt: "+275760-09-13T00:00:00Z" }] }, manifest), 422, /tickedAt/);
    expect(await db.stepCompletion.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("stale and removed steps", () => {
  it("flags a step whose text changed after the tick, and a re-check clears it", async () => {
    const user = await makeUser(db);
    await setStep(sql, user.id, tick("alpha", "alpha-step-1"), manifest);
    await setStep(sql, user.id, tick("alpha", "alpha-step-2"), manifest);
    const changedManifest: Manifest = new Map([
      ["alpha", [{ ...manifest.get("alpha")![0]!, hash: "h1-new" }, ...manifest.get("alpha")!.slice(1)]],
      ["beta", manifest.get("beta")!],
    ]);
    const changedGuides = guides.map((g) => (g.slug === "alpha" ? { ...g, steps: changedManifest.get("alpha")! } : g));
    const ticks = await listTicks(db, user.id, changedManifest, "alpha");
    expect(ticks.find((t) => t.stepId === "alpha-step-1")?.changed).toBe(true);
    expect(ticks.find((t) => t.stepId === "alpha-step-2")?.changed).toBe(false);
    const list = await buildChecklist(sql, { id: user.id, reminderMonths: null }, changedGuides);
    expect(list.changed.map((c) => c.stepId)).toEqual(["alpha-step-1"]);
    await recheck(db, user.id, { guide: "alpha", stepId: "alpha-step-1" }, changedManifest);
    expect((await buildChecklist(sql, { id: user.id, reminderMonths: null }, changedGuides)).changed).toEqual([]);
  });

  it("re-confirms every tick of a guide at once, and only the caller's", async () => {
    const [user, other] = [await makeUser(db), await makeUser(db)];
    for (const u of [user, other]) {
      await setStep(sql, u.id, tick("alpha", "alpha-step-1"), manifest);
      await setStep(sql, u.id, tick("alpha", "alpha-step-2"), manifest);
    }
    const changed: Manifest = new Map([["alpha", manifest.get("alpha")!.map((s) => ({ ...s, hash: `${s.hash}-v2` }))]]);
    expect(await recheck(db, user.id, { guide: "alpha" }, changed)).toBe(2);
    expect((await listTicks(db, user.id, changed)).every((t) => !t.changed)).toBe(true);
    expect((await listTicks(db, other.id, changed)).every((t) => t.changed)).toBe(true);
  });

  it("shows ticks of steps that left the guide as removed, not as done", async () => {
    const user = await makeUser(db);
    await setStep(sql, user.id, tick("alpha", "alpha-step-1"), manifest);
    await setStep(sql, user.id, tick("alpha", "alpha-step-3"), manifest);
    const shorter = guides.map((g) => (g.slug === "alpha" ? { ...g, steps: g.steps.slice(0, 2) } : g));
    const list = await buildChecklist(sql, { id: user.id, reminderMonths: null }, shorter);
    expect(list.removed.map((r) => r.stepId)).toEqual(["alpha-step-3"]);
    expect(list.started[0]).toMatchObject({ slug: "alpha", done: 1, total: 2, nextStep: { id: "alpha-step-2" } });
    expect((await listTicks(db, user.id, new Map([["alpha", shorter[0]!.steps]]))).find((t) => t.stepId === "alpha-step-3")?.removed).toBe(true);
  });

  it("counts only the steps that apply in the plan's region, and says what it left out", async () => {
    const user = await makeUser(db);
    const regional = guides.map((g) => (g.slug === "alpha" ? { ...g, steps: g.steps.map((s, i) => (i === 0 ? { ...s, region: ["EU" as const] } : s)) } : g));
    await setStep(sql, user.id, tick("alpha", "alpha-step-2"), manifest);
    const everywhere = await buildChecklist(sql, { id: user.id, reminderMonths: null, plan: { guides: ["alpha"], region: null } }, regional);
    expect(everywhere.overall).toMatchObject({ done: 1, total: 3, setAside: [] });
    expect(everywhere.started[0]).toMatchObject({ done: 1, total: 3, setAside: [], nextStep: { id: "alpha-step-1" } });
    const us = await buildChecklist(sql, { id: user.id, reminderMonths: null, plan: { guides: ["alpha"], region: "US" } }, regional);
    expect(us.overall).toMatchObject({ done: 1, total: 2, setAside: [{ regions: ["EU"], count: 1 }] });
    expect(us.started[0]).toMatchObject({ done: 1, total: 2, setAside: [{ regions: ["EU"], count: 1 }], nextStep: { id: "alpha-step-3" } });
  });

  it("suggests guides not started, the person's active categories first", async () => {
    const user = await makeUser(db);
    await setStep(sql, user.id, tick("beta", "beta-step-1"), manifest);
    const list = await buildChecklist(sql, { id: user.id, reminderMonths: null }, guides);
    expect(list.notStarted.map((g) => g.category)).toEqual(["social"]);
    expect(list.notStarted[0]?.guides.map((g) => g.slug)).toEqual(["alpha", "gamma"]);
    expect(list.started[0]?.nextStep?.id).toBe("beta-step-2");
  });
});

describe("re-check reminders", () => {
  const now = new Date("2027-06-01T00:00:00Z");

  it("selects users whose ticks are older than their interval, and never mails twice in a period", async () => {
    const due = await makeUser(db, "due");
    const fresh = await makeUser(db, "fresh");
    const never = await makeUser(db, "never");
    await setReminder(db, due.id, { months: 3 });
    await setReminder(db, fresh.id, { months: 12 });
    await setReminder(db, never.id, { months: null });
    for (const user of [due, fresh, never]) {
      await db.stepCompletion.create({ data: { userId: user.id, guide: "alpha", stepId: "alpha-step-1", stepHash: "h1", completedAt: new Date("2027-01-15T00:00:00Z") } });
    }
    const selected = (await selectDueReminders(db, now)).filter((r) => [due.id, fresh.id, never.id].includes(r.userId));
    expect(selected.map((r) => r.userId)).toEqual([due.id]);
    expect(selected[0]?.dueGuides).toEqual(["alpha"]);
    expect(await claimReminder(db, selected[0]!, now)).toBe(true);
    expect(await claimReminder(db, selected[0]!, now)).toBe(false);
    expect((await selectDueReminders(db, now)).some((r) => r.userId === due.id)).toBe(false);
    // A period later it is due again.
    const later = new Date("2027-09-02T00:00:00Z");
    expect((await selectDueReminders(db, later)).some((r) => r.userId === due.id)).toBe(true);
  });

  it("rejects a reminder interval that is not offered", async () => {
    const user = await makeUser(db);
    await expectUserFacingError(setReminder(db, user.id, { months: 5 }), 422, /months/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).reminderMonths).toBeNull();
  });

  it("unsubscribes with a signed token, and refuses a forged one", async () => {
    const secret = "test-secret-that-is-long-enough-0123456789";
    const user = await makeUser(db);
    await setReminder(db, user.id, { months: 6 });
    const token = unsubscribeToken(secret, user.id);
    expect(verifyUnsubscribeToken(secret, token)).toBe(user.id);
    expect(verifyUnsubscribeToken("another-secret-that-is-long-enough-0123", token)).toBeNull();
    const other = await makeUser(db);
    await setReminder(db, other.id, { months: 6 });
    const forged = `${other.id}.${token.split(".")[1]}`;
    expect(await unsubscribe(db, secret, forged)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).reminderMonths).toBe(6);
    expect(await unsubscribe(db, secret, token)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).reminderMonths).toBeNull();
  });
});

describe("my data", () => {
  it("exports email, ticks with dates and the reminder setting", async () => {
    const user = await makeUser(db);
    await setReminder(db, user.id, { months: 12 });
    await setStep(sql, user.id, tick("alpha", "alpha-step-2"), manifest);
    const data = await exportAccount(db, user.id);
    expect(data.email).toBe(user.email);
    expect(data.reminder.everyMonths).toBe(12);
    expect(data.ticks).toEqual([{ guide: "alpha", stepId: "alpha-step-2", completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
  });

  it("deleting the account removes user, sessions and ticks", async () => {
    const user = await makeUser(db);
    await setStep(sql, user.id, tick("alpha", "alpha-step-1"), manifest);
    await db.session.create({ data: { userId: user.id, sessionToken: `s-${user.id}`, expires: new Date(Date.now() + 60_000) } });
    await deleteAccount(db, user.id, "test-secret-that-is-long-enough-0123456789");
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.stepCompletion.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
