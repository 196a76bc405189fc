/** The hot paths' cost in SQL statements, counted from Prisma's query log and the raw pg calls (issue "Fast at 100×"). */
import { afterAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { makeUser, testSql } from "../support/database";
import type { Sql } from "@/lib/db/client";
import { listTicks, setStep, type Manifest } from "@/lib/progress/server";
import { userForToken, userIdForToken } from "@/lib/auth/session";
import { buildChecklist } from "@/lib/progress/checklist";
import { publicGuideStats } from "@/lib/jobs/step-stats";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
const statements: string[] = [];
db.$on("query", (e) => statements.push(e.query));
const pool = testSql();
/** The raw pg path (lib/db/client.ts sqlPool in the app), counted in the same list. */
const sql: Sql = {
  query: (text, values) => {
    statements.push(text);
    return pool.query(text, values);
  },
};
afterAll(() => Promise.all([db.$disconnect(), pool.end()]));

const manifest: Manifest = new Map([["alpha", [{ id: "one", title: "One", hash: "h1", number: 1 }]]]);

async function counted(run: () => Promise<unknown>): Promise<string[]> {
  statements.length = 0;
  await run();
  return [...statements];
}

describe("statements per request", () => {
  it("a tick is two statements: the session, then one insert (no transaction)", async () => {
    const user = await makeUser(db);
    const token = randomUUID();
    await db.session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 60_000) } });
    const tick = await counted(async () => setStep(sql, (await userIdForToken(sql, token))!, { guide: "alpha", stepId: "one", done: true }, manifest));
    expect(tick).toHaveLength(2);
    expect(tick.join("\n")).not.toMatch(/BEGIN|COMMIT/i);
    const again = await counted(async () => setStep(sql, (await userIdForToken(sql, token))!, { guide: "alpha", stepId: "one", done: true }, manifest));
    expect(again).toHaveLength(2);
    const untick = await counted(async () => setStep(sql, (await userIdForToken(sql, token))!, { guide: "alpha", stepId: "one", done: false }, manifest));
    expect(untick).toHaveLength(2);
    expect(await db.stepCompletion.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("/checklist", () => {
  it("is two statements: the session with the user and the plan, then the ticks", async () => {
    const user = await makeUser(db);
    const token = randomUUID();
    await db.session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 60_000) } });
    await db.plan.create({ data: { userId: user.id, guides: ["alpha"], region: null } });
    await setStep(sql, user.id, { guide: "alpha", stepId: "one", done: true }, manifest);
    const guides = [{ slug: "alpha", platform: "Alpha", title: "Alpha", category: "social" as const, steps: manifest.get("alpha")! }];
    const page = await counted(async () => {
      const sessionUser = (await userForToken(sql, token))!;
      expect(sessionUser.plan).toEqual({ guides: ["alpha"], region: null });
      expect((await buildChecklist(sql, sessionUser, guides)).overall).toEqual({ done: 1, total: 1, guidesStarted: 1, guidesFinished: 1, setAside: [] });
    });
    expect(page).toHaveLength(2);
  });
});

describe("session lookups", () => {
  it("the signed-in user with email, name and plan is one statement, with a plan or without", async () => {
    const user = await makeUser(db);
    const token = randomUUID();
    await db.session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 60_000) } });
    let found: Awaited<ReturnType<typeof userForToken>> = null;
    expect(await counted(async () => (found = await userForToken(sql, token)))).toHaveLength(1);
    expect(found).toMatchObject({ id: user.id, plan: null });
    await db.plan.create({ data: { userId: user.id, guides: ["alpha"], region: "EU" } });
    expect(await counted(async () => (found = await userForToken(sql, token)))).toHaveLength(1);
    expect(found).toMatchObject({ id: user.id, plan: { guides: ["alpha"], region: "EU" } });
  });

  it("GET /api/me signed in on a guide is three statements: the user with the plan, the ticks, the public stats", async () => {
    const user = await makeUser(db);
    const token = randomUUID();
    await db.session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 60_000) } });
    await db.plan.create({ data: { userId: user.id, guides: ["alpha"], region: "UK" } });
    await setStep(sql, user.id, { guide: "alpha", stepId: "one", done: true }, manifest);
    // What app/api/me/route.ts runs (currentUser is userForToken, cached per request).
    const me = await counted(async () => {
      const [reader] = await Promise.all([userForToken(sql, token), publicGuideStats(db, "alpha")]);
      return listTicks(db, reader!.id, manifest, "alpha");
    });
    expect(me).toHaveLength(3);
    expect(me.filter((q) => /"Plan"/.test(q))).toHaveLength(1);
  });
});
