import { afterAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { testDb, makeUser } from "../support/database";
import { consume, consumeAll, limitKey, LIMITS } from "@/lib/http/rate-limit";
import { editorIdForToken, userForToken, userIdForToken } from "@/lib/auth/session";
import { DatabaseUnavailableError } from "@/lib/db/errors";
import { createPrismaClient } from "@/lib/db/client";
import { purgeExpired } from "@/lib/jobs/maintenance";
import { submitReport } from "@/lib/editor/reports";
import { UserFacingError } from "@/lib/http/errors";

const db = testDb();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const secret = "integration-secret-".padEnd(40, "x");
afterAll(async () => {
  await db.$disconnect();
  await pool.end();
});

describe("rate limits in PostgreSQL", () => {
  it("allows the limit and refuses the next, per key, and stores only keyed hashes", async () => {
    const email = `victim-${randomUUID()}@test.untrain.invalid`;
    for (let i = 0; i < LIMITS.signInPerEmail.points; i++) expect((await consume(pool, secret, "signInPerEmail", email)).allowed).toBe(true);
    const refused = await consume(pool, secret, "signInPerEmail", email);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is untouched.
    expect((await consume(pool, secret, "signInPerEmail", `other-${randomUUID()}@test.untrain.invalid`)).allowed).toBe(true);
    const rows = await pool.query("SELECT key FROM rate_limits WHERE key LIKE 'signInPerEmail%'");
    expect(rows.rows.some((r: { key: string }) => r.key.includes(email))).toBe(false);
    expect(rows.rows.some((r: { key: string }) => r.key.endsWith(limitKey(secret, "signInPerEmail", email)))).toBe(true);
  });

  it("holds across separate connections, as across app servers", async () => {
    const other = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    try {
      const address = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: LIMITS.reportsPerClient.points + 3 }, (_, i) => consume(i % 2 ? other : pool, secret, "reportsPerClient", address)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(LIMITS.reportsPerClient.points);
    } finally {
      await other.end();
    }
  });

  it("consumeAll refuses when any limit refuses", async () => {
    const email = `x-${randomUUID()}@test.untrain.invalid`;
    const client = `client-${randomUUID()}`;
    for (let i = 0; i < LIMITS.signInPerEmail.points; i++) await consume(pool, secret, "signInPerEmail", email);
    expect((await consumeAll(pool, secret, [["signInPerEmail", email], ["signInPerClient", client]])).allowed).toBe(false);
  });

  it("a database outage is an error, never 'allowed'", async () => {
    const dead = new pg.Pool({ connectionString: "postgresql://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 500 });
    try {
      await expect(consume(dead, secret, "signInPerEmail", "a@b.invalid")).rejects.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await dead.end();
    }
  });
});

describe("session gate", () => {
  it("finds the user of a live session and nobody for an unknown, expired or missing one", async () => {
    const user = await makeUser(db);
    const live = randomUUID();
    const expired = randomUUID();
    await db.session.create({ data: { sessionToken: live, userId: user.id, expires: new Date(Date.now() + 3_600_000) } });
    await db.session.create({ data: { sessionToken: expired, userId: user.id, expires: new Date(Date.now() - 1000) } });
    expect(await userIdForToken(pool, live)).toBe(user.id);
    expect(await userForToken(pool, live)).toEqual({ id: user.id, email: user.email, name: null, reminderMonths: null, plan: null });
    await db.plan.create({ data: { userId: user.id, guides: ["alpha", "beta"], region: "EU" } });
    expect((await userForToken(pool, live))?.plan).toEqual({ guides: ["alpha", "beta"], region: "EU" });
    expect(await userIdForToken(pool, expired)).toBeNull();
    expect(await userForToken(pool, expired)).toBeNull();
    expect(await userIdForToken(pool, randomUUID())).toBeNull();
    expect(await userIdForToken(pool, null)).toBeNull();
    // Read as UTC whatever the process's time zone: a session that ends in a minute is live "now" and over in two.
    const soon = randomUUID();
    await db.session.create({ data: { sessionToken: soon, userId: user.id, expires: new Date(Date.now() + 60_000) } });
    expect(await userIdForToken(pool, soon)).toBe(user.id);
    expect(await userIdForToken(pool, soon, new Date(Date.now() + 120_000))).toBeNull();
    expect(await userForToken(pool, soon)).not.toBeNull();
    expect(await userForToken(pool, soon, new Date(Date.now() + 120_000))).toBeNull();
  });

  it("says 'database unavailable', not 'signed out', when PostgreSQL cannot be reached", async () => {
    const dead = createPrismaClient("postgresql://postgres@127.0.0.1:1/none");
    const deadPool = new pg.Pool({ connectionString: "postgresql://postgres@127.0.0.1:1/none", max: 1 });
    try {
      await expect(userIdForToken(deadPool, randomUUID())).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(userForToken(deadPool, randomUUID())).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(editorIdForToken(dead, randomUUID())).rejects.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await dead.$disconnect();
      await deadPool.end();
    }
  });
});

describe("maintenance", () => {
  it("purges expired sessions, sign-in tokens and rate-limit counters, and keeps live ones", async () => {
    const user = await makeUser(db);
    const now = new Date();
    const old = new Date(now.getTime() - 60_000);
    const soon = new Date(now.getTime() + 3_600_000);
    const [liveSession, oldSession] = [randomUUID(), randomUUID()];
    await db.session.createMany({
      data: [
        { sessionToken: liveSession, userId: user.id, expires: soon },
        { sessionToken: oldSession, userId: user.id, expires: old },
      ],
    });
    const identifier = user.email!;
    await db.verificationToken.createMany({
      data: [
        { identifier, token: `live-${randomUUID()}`, expires: soon },
        { identifier, token: `old-${randomUUID()}`, expires: old },
      ],
    });
    const [liveKey, oldKey] = [`test:${randomUUID()}`, `test:${randomUUID()}`];
    await pool.query("INSERT INTO rate_limits (key, points, expire) VALUES ($1, 1, $2), ($3, 1, $4)", [liveKey, soon.getTime(), oldKey, old.getTime()]);

    const result = await purgeExpired(db, now);
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(result.signInTokens).toBeGreaterThanOrEqual(1);
    expect(result.rateLimitCounters).toBeGreaterThanOrEqual(1);
    expect(await db.session.findUnique({ where: { sessionToken: oldSession } })).toBeNull();
    expect(await db.session.findUnique({ where: { sessionToken: liveSession } })).not.toBeNull();
    expect(await db.verificationToken.count({ where: { identifier } })).toBe(1);
    const keys = (await pool.query("SELECT key FROM rate_limits WHERE key = ANY($1)", [[liveKey, oldKey]])).rows.map((r: { key: string }) => r.key);
    expect(keys).toEqual([liveKey]);
  });
});

describe("reports", () => {
  const manifest = new Map([["alpha", [{ id: "step-one", title: "Step one", hash: "h", number: 1 }]]]);
  const allow = async () => ({ allowed: true as const });

  it("refuses a NUL character (PostgreSQL cannot store it) with a 422, and spends no limit", async () => {
    let spent = 0;
    const spend = async () => {
      spent++;
      return { allowed: true as const };
    };
    const error = await submitReport(db, { guide: "alpha", stepId: "step-one", message: "menu moved \u0000 here" }, manifest, spend).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).status).toBe(422);
    expect(spent).toBe(0);
  });

  it("stores a valid report with nothing about who sent it, and says 429 over the limit", async () => {
    const report = await submitReport(db, { guide: "alpha", stepId: "step-one", message: "The toggle is now under Privacy." }, manifest, allow);
    const row = await db.stepReport.findUniqueOrThrow({ where: { id: report.id } });
    // Reports stay anonymous: no column could tie one to a client or an account.
    expect(Object.keys(row).filter((k) => /client|ip|addr|user|email|session|key/i.test(k))).toEqual([]);
    const refused = await submitReport(db, { guide: "alpha", stepId: "step-one", message: "Another report here." }, manifest, async () => ({ allowed: false, retryAfterSeconds: 60 })).catch(
      (e: unknown) => e,
    );
    expect((refused as UserFacingError).status).toBe(429);
  });
});
