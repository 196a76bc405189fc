"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { stepManifest } from "@/lib/content/guides";
import { recheck, setReminder } from "@/lib/progress/server";
import { withUser, type ActionState } from "@/lib/http/action";

export async function recheckAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await withUser(formData, async (userId, form) => {
    const input = { guide: form.get("guide"), ...(form.get("stepId") ? { stepId: form.get("stepId") } : {}) };
    const count = await recheck(db(), userId, input, stepManifest());
    return count === 1 ? "Marked as re-checked." : `${count} steps marked as re-checked.`;
  });
  if (result.ok) revalidatePath("/checklist");
  return result;
}

export async function reminderAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await withUser(formData, async (userId, form) => {
    const raw = form.get("months");
    const saved = await setReminder(db(), userId, { months: raw === "never" ? null : Number(raw) });
    return saved === null ? "Reminders are off." : `We will remind you every ${saved} months.`;
  });
  if (result.ok) revalidatePath("/checklist");
  return result;
}
