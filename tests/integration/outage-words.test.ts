/**
 * Issue 15 item 9: a pool that waits too long for a connection is overload ("very busy"), not an
 * outage ("cannot reach"); both are a 503 with Retry-After, and a read never says "could not save".
 * Against the real PostgreSQL: a pool of one held connection, and a port where nothing listens.
 */
import { describe, expect, it } from "vitest";
import pg from "pg";
import { DatabaseUnavailableError, isDatabaseBusy, isDatabaseUnavailable, orUnavailable } from "@/lib/db/errors";
import { errorResponse } from "@/lib/http/handler";

async function poolWaitTimeout(): Promise<unknown> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 200 });
  const held = await pool.connect();
  try {
    return await orUnavailable(() => pool.query("SELECT 1")).catch((error: unknown) => error);
  } finally {
    held.release();
    await pool.end();
  }
}

async function refused(): Promise<unknown> {
  const pool = new pg.Pool({ connectionString: "postgresql://postgres@127.0.0.1:1/nothing", connectionTimeoutMillis: 5_000 });
  try {
    return await orUnavailable(() => pool.query("SELECT 1")).catch((error: unknown) => error);
  } finally {
    await pool.end();
  }
}

describe("overload and outage", () => {
  it("tells a pool-wait timeout (busy) from a database that cannot be reached", async () => {
    const busy = await poolWaitTimeout();
    const down = await refused();
    for (const error of [busy, down]) {
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
    expect(isDatabaseBusy(busy)).toBe(true);
    expect(isDatabaseBusy(down)).toBe(false);
  });

  it("answers 503 with Retry-After in words that fit: reads never talk about saving", async () => {
    const busy = await poolWaitTimeout();
    const down = await refused();
    const answer = async (error: unknown, operation: "read" | "write") => {
      const res = await errorResponse(error, operation);
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      const body = (await res.json()) as { error: string; code: string };
      expect(body.code).toBe(isDatabaseBusy(error) ? "busy" : "unavailable");
      return body.error;
    };
    const readBusy = await answer(busy, "read");
    const readDown = await answer(down, "read");
    for (const text of [readBusy, readDown]) expect(text).not.toMatch(/sav/i);
    expect(readBusy).toMatch(/busy/);
    expect(readDown).toMatch(/cannot reach/);
    expect(await answer(busy, "write")).toMatch(/busy.*could not save/);
    expect(await answer(down, "write")).toBe("We could not save just now; we will keep trying.");
  });
});
