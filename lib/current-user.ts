/**
 * The request-scoped auth gate (Next.js data-access layer): pages, server actions and route handlers
 * call these, never Auth.js's auth(). Cached per request.
 */
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { sessionTokenFrom, userForToken, userIdForToken, type SessionUser } from "@/lib/session";
import { UserFacingError } from "@/lib/errors";

const token = cache(async () => sessionTokenFrom(await cookies()));

/** The signed-in user's id, or null. Throws DatabaseUnavailableError when the database is down. */
export const currentUserId = cache(async (): Promise<string | null> => userIdForToken(db(), await token()));

/** The signed-in user (id, email, name), or null. Throws DatabaseUnavailableError when the database is down. */
export const currentUser = cache(async (): Promise<SessionUser | null> => userForToken(db(), await token()));

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
