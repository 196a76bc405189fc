"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { stepManifest } from "@/lib/content/guides";
import { recheck, setReminder } from "@/lib/progress/server";
import { formLocale, withUser, type ActionState } from "@/lib/http/action";
import { translator } from "@/lib/i18n/translator";

export async function recheckAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await withUser(formData, async (userId, form) => {
    const input = { guide: form.get("guide"), ...(form.get("stepId") ? { stepId: form.get("stepId") } : {}) };
    const count = await recheck(db(), userId, input, stepManifest());
    return translator(formLocale(form), "checklist.actions")("rechecked", { count });
  });
  if (result.ok) revalidatePath("/checklist");
  return result;
}

export async function reminderAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await withUser(formData, async (userId, form) => {
    const raw = form.get("months");
    const saved = await setReminder(db(), userId, { months: raw === "never" ? null : Number(raw) });
    const t = translator(formLocale(form), "checklist.actions");
    return saved === null ? t("remindersOff") : t("remindEvery", { months: saved });
  });
  if (result.ok) revalidatePath("/checklist");
  return result;
}
