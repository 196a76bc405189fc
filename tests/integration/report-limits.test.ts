/**
 * Issue 15 item 9: a cap on out-of-date reports from everyone, in PostgreSQL through lib/http/rate-limit.ts,
 * that protects the editors' desk from a flood by many clients without silencing real readers.
 */
import { afterAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { testSql } from "../support/database";
import { spendReportLimits } from "@/lib/editor/report-limits";
import { LIMITS } from "@/lib/http/rate-limit";

const sql = testSql();
afterAll(() => sql.end());

/** A secret of its own per test, so its counters are fresh in a database other runs used. */
const freshSecret = () => randomBytes(33).toString("base64");
const client = (i: number) => `198.51.${Math.floor(i / 250)}.${(i % 250) + 1}`;

describe("report limits from everyone", () => {
  it("30 clients flooding one step: the step's cap stops them, a reader of another step is still heard", async () => {
    const secret = freshSecret();
    const step = { guide: "alpha", stepId: "step-one" };
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await spendReportLimits(sql, secret, client(i), step));
    expect(results.filter((r) => r.allowed)).toHaveLength(LIMITS.reportsPerStep.points);
    expect(new Set(results.filter((r) => !r.allowed).map((r) => (r.allowed ? null : r.limit)))).toEqual(new Set(["reportsPerStep"]));
    expect(await spendReportLimits(sql, secret, client(1000), { guide: "alpha", stepId: "step-two" })).toEqual({ allowed: true });
  });

  it("a flood across many steps from many clients is capped for everyone, and only after the honest limits", async () => {
    const secret = freshSecret();
    const total = LIMITS.reportsEveryone.points + 20;
    const results = [];
    for (let i = 0; i < total; i++) results.push(await spendReportLimits(sql, secret, client(i), { guide: "alpha", stepId: `step-${i}` }));
    expect(results.filter((r) => r.allowed)).toHaveLength(LIMITS.reportsEveryone.points);
    expect(results.at(-1)).toMatchObject({ allowed: false, limit: "reportsEveryone" });
  });

  it("a client over its own limit spends nothing of the step's or everyone's allowance", async () => {
    const secret = freshSecret();
    const step = { guide: "alpha", stepId: "step-one" };
    for (let i = 0; i < 50; i++) await spendReportLimits(sql, secret, client(0), step);
    // The one noisy client used 5 of the step's 10: nine other readers can still report it.
    const others = [];
    for (let i = 1; i <= LIMITS.reportsPerStep.points - LIMITS.reportsPerClient.points; i++) others.push(await spendReportLimits(sql, secret, client(i), step));
    expect(others.every((r) => r.allowed)).toBe(true);
  });
});
