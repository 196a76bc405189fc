/**
 * Signing in from the confirmation page: the plan the browser made signed out (the form's `plan`
 * field, in the plan link's `?g=…&r=…` form) joins the account's before the first page after sign-in
 * is rendered, so /checklist shows it on that first load. The browser merges again on its next page
 * load (lib/plan/plan-sync.ts), idempotently, and then forgets its copy.
 */
import "server-only";
import { db, sqlPool } from "@/lib/db/client";
import { siteUrl } from "@/lib/env";
import { stepManifest } from "@/lib/content/guides";
import { mergePlan } from "@/lib/plan/server";
import { readPlanQuery } from "@/lib/plan/rules";
import { sessionCookieName, userIdForToken } from "@/lib/auth/session";
import { saveFirstLocale } from "@/lib/account/locale";

/** The session token Auth.js just set in `response`, if it signed someone in. */
function newSessionToken(response: Response): string | null {
  const name = sessionCookieName(siteUrl());
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const eq = pair!.indexOf("=");
    if (pair!.slice(0, eq).trim() === name) return pair!.slice(eq + 1).trim() || null;
  }
  return null;
}

/** Who Auth.js signed in with `response` (the user of the session cookie it set), or null if it signed no one in. */
export async function signedInBy(response: Response): Promise<string | null> {
  const token = newSessionToken(response);
  return token ? userIdForToken(sqlPool(), token) : null;
}

/** The account's language, when it has none yet, from the confirmation page's `locale` field (lib/account/locale.ts). */
export async function saveLocaleAtSignIn(userId: string, field: FormDataEntryValue | null): Promise<void> {
  if (typeof field === "string") await saveFirstLocale(db(), userId, field);
}

export async function mergePlanAtSignIn(userId: string, field: FormDataEntryValue | null): Promise<void> {
  if (typeof field !== "string" || field.length === 0 || field.length > 4000) return;
  const manifest = stepManifest();
  const plan = readPlanQuery(new URLSearchParams(field), new Set(manifest.keys()));
  if (plan.guides.length) await mergePlan(db(), userId, plan, manifest);
}
