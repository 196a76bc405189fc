import { afterAll, describe, expect, it } from "vitest";
import { testDb, makeUser } from "../support/database";

const db = testDb();
afterAll(() => db.$disconnect());

describe("database schema (real PostgreSQL)", () => {
  it("stores a user and a tick", async () => {
    const user = await makeUser(db);
    const tick = await db.stepCompletion.create({ data: { userId: user.id, guide: "instagram", stepId: "object-to-ai-use", stepHash: "abc123" } });
    expect(tick.completedAt).toBeInstanceOf(Date);
    const found = await db.stepCompletion.findMany({ where: { userId: user.id } });
    expect(found.map((t) => t.stepId)).toEqual(["object-to-ai-use"]);
  });

  it("refuses a second row for the same user, guide and step", async () => {
    const user = await makeUser(db);
    const data = { userId: user.id, guide: "linkedin", stepId: "turn-off-data-for-generative-ai", stepHash: "h1" };
    await db.stepCompletion.create({ data });
    await expect(db.stepCompletion.create({ data: { ...data, stepHash: "h2" } })).rejects.toMatchObject({ code: "P2002" });
    expect(await db.stepCompletion.count({ where: { userId: user.id } })).toBe(1);
  });

  it("lets two users tick the same step", async () => {
    const [a, b] = [await makeUser(db, "a"), await makeUser(db, "b")];
    for (const user of [a, b]) await db.stepCompletion.create({ data: { userId: user.id, guide: "reddit", stepId: "x", stepHash: "h" } });
    expect(await db.stepCompletion.count({ where: { userId: { in: [a.id, b.id] } } })).toBe(2);
  });

  it("deletes a user's sessions, accounts and ticks with the user", async () => {
    const user = await makeUser(db);
    await db.stepCompletion.create({ data: { userId: user.id, guide: "instagram", stepId: "s1", stepHash: "h" } });
    await db.session.create({ data: { userId: user.id, sessionToken: `t-${user.id}`, expires: new Date(Date.now() + 3600_000) } });
    await db.account.create({ data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: user.id } });
    await db.user.delete({ where: { id: user.id } });
    expect(await db.stepCompletion.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
  });
});
