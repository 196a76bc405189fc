"use server";
import { redirect } from "next/navigation";
import { ACCOUNT_DELETED_PATH, homePath, localePath } from "@/lib/paths";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { signOut } from "@/lib/auth/auth-js";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { deleteAccount } from "@/lib/account/data";
import { withUser, type ActionState } from "@/lib/http/action";
import { translator } from "@/lib/i18n/translator";

/** The language of the page a form was on (its hidden `locale` field): a known code, else English; never a path from the form. */
function formLocale(formData: unknown): Locale {
  // A server action is a public endpoint: its argument is whatever a client posted, not always a FormData.
  const value = formData instanceof FormData ? formData.get("locale") : null;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function deleteAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await withUser(formData, async (userId, form) => {
    if (form.get("confirm") !== "yes") return "";
    // End the session first (its row goes with the user), then remove everything.
    await signOut({ redirect: false });
    await deleteAccount(db(), userId, serverEnv().AUTH_SECRET);
    return "deleted";
  });
  if (result.ok === "") return { error: translator(formLocale(formData), "apiErrors")("confirm-delete") };
  if (result.ok === "deleted") redirect(localePath(formLocale(formData), ACCOUNT_DELETED_PATH));
  return result;
}

/** Sign out through a plain form post: no next-auth/react in the browser, works without JavaScript. */
export async function signOutAction(formData: FormData): Promise<void> {
  await signOut({ redirectTo: homePath(formLocale(formData)) });
}
