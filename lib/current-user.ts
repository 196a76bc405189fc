/**
 * The request-scoped auth gate (Next.js data-access layer): pages, server actions and route handlers
 * call these, never Auth.js's auth(). Cached per request.
 */
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { db, sqlPool } from "@/lib/db";
import { editorIdForToken, sessionTokenFrom, userForToken, userIdForToken, type SessionUser } from "@/lib/session";
import { UserFacingError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/db-errors";
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
 * hint that the desk exists). Server actions use withEditor (lib/actions.ts), which refuses the same way.
 */
export async function requireEditor(): Promise<string> {
  const editorId = await currentEditorId().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  if (!editorId) notFound();
  return editorId;
}

export class SignedOutError extends UserFacingError {
  override name = "SignedOutError";
  constructor(message = "Sign in to save your progress.") {
    super(401, message);
  }
}

export async function requireUserId(message?: string): Promise<string> {
  const userId = await currentUserId();
  if (!userId) throw new SignedOutError(message);
  return userId;
}

/** What the browser may know about its session: email and name, nothing that could act as a credential. */
export async function currentSessionForBrowser(): Promise<{ user: { email: string | null; name: string | null } } | null> {
  const user = await currentUser();
  return user ? { user: { email: user.email, name: user.name } } : null;
}
