/**
 * The request-scoped auth gate (Next.js data-access layer): pages, server actions and route handlers
 * call these, never Auth.js's auth(). Cached per request.
 */
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { db, sqlPool } from "@/lib/db/client";
import { editorIdForToken, sessionTokenFrom, userForToken, userIdForToken, type SessionUser } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/http/errors";
import { isDatabaseUnavailable, unlessUnavailable, UNAVAILABLE } from "@/lib/db/errors";
import { siteUrl } from "@/lib/env";

const token = cache(async () => sessionTokenFrom(await cookies(), siteUrl()));

/** The signed-in user's id, or null. Throws DatabaseUnavailableError when the database is down. */
export const currentUserId = cache(async (): Promise<string | null> => {
  // The cookie first: reading it is what marks the page dynamic, and no cookie needs no database.
  const value = await token();
  return value ? userIdForToken(sqlPool(), value) : null;
});

/** The signed-in user (id, email, name, reminder choice, plan), or null. Throws DatabaseUnavailableError when the database is down. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const value = await token();
  return value ? userForToken(sqlPool(), value) : null;
});

/** The signed-in user's id when they are an editor, or null. Throws DatabaseUnavailableError when the database is down. */
export const currentEditorId = cache(async (): Promise<string | null> => editorIdForToken(db(), await token()));

/**
 * The editor desk's gate, for its layout and every page: the editor's id, or notFound() for everyone
 * else — visitors, readers, and anyone while the database cannot confirm the role (a 404, never a
 * hint that the desk exists). Server actions use withEditor (lib/http/action.ts), which refuses the same way.
 */
export async function requireEditor(): Promise<string> {
  const editorId = await currentEditorId().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  if (!editorId) notFound();
  return editorId;
}

/**
 * A JSON route's 401 (the English words; the answer is worded in the reader's language from its code).
 * Forms say it through formErrors, pages in their own words (a sign-in panel, or a redirect to sign-in).
 */
const SIGNED_OUT_MESSAGE = "You are not signed in. Sign in and try again.";

export class SignedOutError extends UserFacingError {
  override name = "SignedOutError";
  constructor() {
    super(401, SIGNED_OUT_MESSAGE, "signed-out");
  }
}

/** The gate's API shape (route handlers, through jsonHandler): the user's id, or a 401 (SignedOutError); an outage is a 503. */
export async function requireUserId(): Promise<string> {
  const userId = await currentUserId();
  if (!userId) throw new SignedOutError();
  return userId;
}

export type PageGate<T> = { state: "signed-in"; data: T } | { state: "signed-out" } | { state: "unavailable" };

/**
 * The gate's page shape: what a signed-in page loads for its user, or why it cannot show it. The page
 * answers "signed-out" its own way (a sign-in panel or a redirect) and "unavailable" with
 * <DatabaseUnavailable>, never as "signed out".
 */
export async function signedInPage<T>(load: (user: SessionUser) => Promise<T>): Promise<PageGate<T>> {
  const result = await unlessUnavailable(async () => {
    const user = await currentUser();
    return user ? { data: await load(user) } : null;
  });
  if (result === UNAVAILABLE) return { state: "unavailable" };
  return result ? { state: "signed-in", data: result.data } : { state: "signed-out" };
}

/** What the browser may know about its session: email and name, nothing that could act as a credential. */
export async function currentSessionForBrowser(): Promise<{ user: { email: string | null; name: string | null } } | null> {
  const user = await currentUser();
  return user ? { user: { email: user.email, name: user.name } } : null;
}
