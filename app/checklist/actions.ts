"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { stepManifest } from "@/lib/content/guides";
import { recheck, setReminder } from "@/lib/progress";
import { withUser, type ActionState } from "@/lib/actions";

export async function recheckAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const input = { guide: formData.get("guide"), ...(formData.get("stepId") ? { stepId: formData.get("stepId") } : {}) };
  const result = await withUser(async (userId) => {
    const count = await recheck(db(), userId, input, stepManifest());
    return count === 1 ? "Marked as re-checked." : `${count} steps marked as re-checked.`;
  });
  revalidatePath("/checklist");
  return result;
}

export async function reminderAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const raw = formData.get("months");
  const months = raw === "never" ? null : Number(raw);
  const result = await withUser(async (userId) => {
    const saved = await setReminder(db(), userId, { months });
    return saved === null ? "Reminders are off." : `We will remind you every ${saved} months.`;
  });
  revalidatePath("/checklist");
  return result;
}
