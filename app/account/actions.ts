"use server";
import { redirect } from "next/navigation";
import { auth, signOut } from "@/lib/auth";
import { db } from "@/lib/db";
import { deleteAccount } from "@/lib/account";
import type { ActionState } from "@/lib/actions";

export async function deleteAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const session = await auth();
  if (!session?.user?.id) return { error: "Your session has ended. Sign in again." };
  if (formData.get("confirm") !== "yes") return { error: "Tick the box to confirm that you want to delete your account." };
  const userId = session.user.id;
  // End the session first (its row goes with the user), then remove everything.
  await signOut({ redirect: false });
  await deleteAccount(db(), userId);
  redirect("/account/deleted");
}
