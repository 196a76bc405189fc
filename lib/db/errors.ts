/**
 * Telling "the database is down or overloaded" apart from a bug. An outage must reach people as a 503
 * with Retry-After ("we will keep trying"), never as "signed out" or a 500.
 */
import { UserFacingError } from "@/lib/http/errors";

export const RETRY_AFTER_SECONDS = 5;

export class DatabaseUnavailableError extends UserFacingError {
  override name = "DatabaseUnavailableError";
  constructor(cause?: unknown) {
    super(503, "We could not save just now; we will keep trying.");
    this.cause = cause;
  }
}

// Connection-level failures from pg, Prisma and the driver adapter, and PostgreSQL's own
// "shutting down / not accepting connections / too many clients" states (SQLSTATE 57P0x, 08xxx, 53300).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
]);
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|Connection terminated|not yet accepting connections|has closed the connection|connection (?:timeout|closed|error)|timeout exceeded when trying to connect|Can't reach database server|server closed the connection|the database system is (?:starting up|shutting down)|terminating connection|Client has encountered a connection error|DatabaseNotReachable|ConnectionClosed|SocketTimeout/i;

/** True when the error (or anything in its cause chain) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown; kind?: unknown; errors?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && UNAVAILABLE_CODES.has(e.originalCode)) return true;
  // Prisma 7 wraps driver errors (P2010, P2039) and keeps the driver's own under meta.driverAdapterError.
  if (e.meta && typeof e.meta === "object" && isDatabaseUnavailable(e.meta.driverAdapterError, depth + 1)) return true;
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.kind === "string" && /^(DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections)$/.test(e.kind)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

// Overload rather than outage: a pool whose every connection is in use made the request wait past its
// limit (pg-pool's queue timeout; Prisma's P2024), or PostgreSQL itself has no connection slot left.
// ("Connection terminated due to connection timeout" is a new connection that never came: an outage.)
const BUSY_CODES = new Set(["53300", "P2024"]);
const BUSY_MESSAGE = /timeout exceeded when trying to connect|Timed out fetching a new connection|too many clients|TooManyConnections/i;

/** True when the database is there but overloaded (a subset of isDatabaseUnavailable: still a 503). */
export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown; errors?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: unknown } };
  if ((typeof e.code === "string" && BUSY_CODES.has(e.code)) || (typeof e.originalCode === "string" && BUSY_CODES.has(e.originalCode))) return true;
  if (e.kind === "TooManyConnections") return true;
  if (typeof e.message === "string" && BUSY_MESSAGE.test(e.message)) return true;
  if (e.meta && typeof e.meta === "object" && isDatabaseBusy(e.meta.driverAdapterError, depth + 1)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseBusy(inner, depth + 1))) return true;
  return isDatabaseBusy(e.cause, depth + 1);
}

/** Runs a database call and turns an outage into DatabaseUnavailableError (other errors pass through). */
export async function orUnavailable<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError(error);
    throw error;
  }
}

/** For pages: the value, or "unavailable" when the database is down (other errors still throw). */
export async function unlessUnavailable<T>(run: () => Promise<T>): Promise<T | typeof UNAVAILABLE> {
  try {
    return await run();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return UNAVAILABLE;
    throw error;
  }
}
export const UNAVAILABLE = Symbol("database unavailable");
