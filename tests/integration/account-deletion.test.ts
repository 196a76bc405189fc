/**
 * Issue 15 item 8: deleting an account leaves nothing of the person in any table. The tables are read
 * from the database, so a new table fails this test until it is added to TABLES below (and, if it can
 * hold something of a person, to what deleteAccount removes).
 */
import { afterAll, describe, expect, it } from "vitest";
import { randomBytes, randomUUID } from "node:crypto";
import { testDb, testSql } from "../support/database";
import { deleteAccount } from "@/lib/account/data";
import { consume, limitKey } from "@/lib/http/rate-limit";
import { mailboxKey } from "@/lib/auth/email-address";

const db = testDb();
const sql = testSql();
afterAll(() => Promise.all([db.$disconnect(), sql.end()]));

const SECRET = "test-secret-that-is-long-enough-0123456789";

/** Every table of the schema, and whether it can hold something of a person. */
const TABLES: Record<string, "personal" | "no person in it"> = {
  User: "personal",
  Account: "personal",
  Session: "personal",
  VerificationToken: "personal",
  StepCompletion: "personal",
  Plan: "personal",
  TrackedRequest: "personal",
  rate_limits: "personal",
  StepReport: "no person in it",
  StepStats: "no person in it",
  _prisma_migrations: "no person in it",
};

describe("deleting an account", () => {
  it("lists every table of the database", async () => {
    const { rows } = await sql.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
    expect(rows.map((r) => r.name).sort(), "a new table: add it to TABLES (and to deleteAccount if it can hold a person's data)").toEqual(Object.keys(TABLES).sort());
  });

  it("leaves nothing of the user in any table: rows, a pending sign-in link, the address's rate-limit counter", async () => {
    const email = `deleted-${randomUUID()}@test.untrain.invalid`;
    const user = await db.user.create({ data: { email, name: "Someone", reminderMonths: 6 } });
    await db.account.create({ data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: `gh-${user.id}` } });
    await db.session.create({ data: { userId: user.id, sessionToken: `s-${user.id}`, expires: new Date(Date.now() + 60_000) } });
    await db.stepCompletion.create({ data: { userId: user.id, guide: "alpha", stepId: "alpha-step-1", stepHash: "h1" } });
    await db.plan.create({ data: { userId: user.id, guides: ["alpha"], region: "EU" } });
    await db.trackedRequest.create({ data: { userId: user.id, guide: "alpha", stepId: "alpha-step-2", right: "object", law: "gdpr", sentOn: new Date("2026-11-02T00:00:00Z"), channel: "form", reference: `REF-${user.id}` } });
    // A sign-in link asked for and not used yet (Auth.js stores the address in clear text) …
    await db.verificationToken.create({ data: { identifier: email, token: randomBytes(32).toString("hex"), expires: new Date(Date.now() + 86_400_000) } });
    // … and the counter of the sign-in mails sent to that address, asked for as name+tag@.
    expect((await consume(sql, SECRET, "signInPerEmail", mailboxKey(email.replace("@", "+x@")))).allowed).toBe(true);
    // Another person's rows stay.
    const other = await db.user.create({ data: { email: `kept-${randomUUID()}@test.untrain.invalid` } });
    await db.verificationToken.create({ data: { identifier: other.email!, token: randomBytes(32).toString("hex"), expires: new Date(Date.now() + 86_400_000) } });
    expect((await consume(sql, SECRET, "signInPerEmail", mailboxKey(other.email!))).allowed).toBe(true);

    await deleteAccount(db, user.id, SECRET);

    const traces = [user.id, email, limitKey(SECRET, "signInPerEmail", mailboxKey(email))];
    const left: string[] = [];
    for (const table of Object.keys(TABLES)) {
      for (const trace of traces) {
        // The whole row as text: any column that still holds the id, the address or its keyed hash.
        const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" t WHERE strpos(t::text, $1) > 0`, [trace]);
        if (rows[0]!.n > 0) left.push(`${table}: ${rows[0]!.n} row(s) with ${trace === user.id ? "the user id" : trace === email ? "the address" : "the address's rate-limit key"}`);
      }
    }
    expect(left).toEqual([]);
    expect(await db.verificationToken.count({ where: { identifier: other.email! } })).toBe(1);
    expect(await sql.query(`SELECT 1 FROM rate_limits WHERE key = $1`, [`signInPerEmail:${limitKey(SECRET, "signInPerEmail", mailboxKey(other.email!))}`]).then((r) => r.rowCount)).toBe(1);
    // A second deletion (a double submit) is not an error.
    await deleteAccount(db, user.id, SECRET);
  });
});
