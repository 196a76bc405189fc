/**
 * Who is signed in, read straight from the session cookie with one indexed query. Auth.js still runs
 * sign-in and sign-out; this is the one gate every page, action and route handler uses, because it can
 * tell "signed out" (no cookie, unknown or expired session) from "the database is down" (a
 * DatabaseUnavailableError, shown as a 503), which Auth.js's own auth() folds into "signed out".
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Sql } from "@/lib/db/client";
import type { Plan } from "@/lib/plan/rules";
import { orUnavailable } from "@/lib/db/errors";

/** How long a session lasts from sign-in, and an unused sign-in link (Auth.js settings in lib/auth/auth-js.ts; /privacy quotes them). */
export const SESSION_MAX_AGE_DAYS = 90;
export const SIGN_IN_LINK_MAX_AGE_HOURS = 24;

/** Auth.js's cookie names: the __Secure- one on https origins (privacy.test.ts finds the cookie by either). */
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * Whether cookies are Secure (and carry the __Secure- prefix) follows SITE_URL alone, never the
 * request: behind a proxy that does not say X-Forwarded-Proto, the request looks like http.
 */
export function secureCookiesFor(siteUrl: string): boolean {
  return new URL(siteUrl).protocol === "https:";
}

/**
 * The one session cookie name this site reads. On https only the __Secure- name: a browser accepts
 * that name only from a secure origin, whereas a plain `authjs.session-token` can be planted over http
 * or by a sibling subdomain (signing the reader into someone else's account).
 */
export function sessionCookieName(siteUrl: string): (typeof SESSION_COOKIES)[number] {
  return secureCookiesFor(siteUrl) ? SESSION_COOKIES[0] : SESSION_COOKIES[1];
}

/** `plan`: the reader's plan (lib/plan/rules.ts), null before they save one. */
export type SessionUser = { id: string; email: string | null; name: string | null; reminderMonths: number | null; plan: Plan | null };

type CookieSource = { get(name: string): { value: string } | undefined };

export function sessionTokenFrom(cookies: CookieSource, siteUrl: string): string | null {
  const value = cookies.get(sessionCookieName(siteUrl))?.value;
  // Auth.js tokens are UUIDs; anything else cannot match a row, so skip the query.
  return value && value.length <= 200 && /^[\w-]+$/.test(value) ? value : null;
}

/** The session's user id only (no user row): the hot path of ticks, one indexed statement on raw pg (lib/db/client.ts sqlPool). */
export async function userIdForToken(sql: Sql, token: string | null, now = new Date()): Promise<string | null> {
  if (!token) return null;
  const { rows } = await orUnavailable(() =>
    sql.query<{ userId: string; expires: Date }>(`SELECT "userId", expires AT TIME ZONE 'UTC' AS expires FROM "Session" WHERE "sessionToken" = $1`, [token]),
  );
  const row = rows[0];
  return row && row.expires > now ? row.userId : null;
}

/**
 * The session's user with what pages show (email, name, reminder choice, plan), in one statement on
 * raw pg (Prisma's nested select would be three): /checklist needs nothing else but the ticks.
 */
export async function userForToken(sql: Sql, token: string | null, now = new Date()): Promise<SessionUser | null> {
  if (!token) return null;
  const { rows } = await orUnavailable(() =>
    sql.query<Omit<SessionUser, "plan"> & { expires: Date; planGuides: string[] | null; planRegion: Plan["region"] }>(
      `SELECT u.id, u.email, u.name, u."reminderMonths", s.expires AT TIME ZONE 'UTC' AS expires, p.guides AS "planGuides", p.region AS "planRegion"
      FROM "Session" s JOIN "User" u ON u.id = s."userId" LEFT JOIN "Plan" p ON p."userId" = u.id
      WHERE s."sessionToken" = $1`,
      [token],
    ),
  );
  const row = rows[0];
  if (!row || !(row.expires > now)) return null;
  return { id: row.id, email: row.email, name: row.name, reminderMonths: row.reminderMonths, plan: row.planGuides ? { guides: row.planGuides, region: row.planRegion } : null };
}

/**
 * The session's user id when that user is an editor right now, else null. One query, like the tick
 * path: the role is read on every request, so a revoked role takes effect at once.
 */
export async function editorIdForToken(db: PrismaClient, token: string | null, now = new Date()): Promise<string | null> {
  if (!token) return null;
  const row = await orUnavailable(() => db.session.findUnique({ where: { sessionToken: token }, select: { expires: true, user: { select: { id: true, role: true } } } }));
  return row && row.expires > now && row.user.role === "editor" ? row.user.id : null;
}
