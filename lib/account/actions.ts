"use server";
import { redirect } from "next/navigation";
import { ACCOUNT_DELETED_PATH, homePath, localePath } from "@/lib/paths";
import { signOut } from "@/lib/auth/auth-js";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { deleteAccount } from "@/lib/account/data";
import { formLocale, withUser, type ActionState } from "@/lib/http/action";
import { translator } from "@/lib/i18n/translator";

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
