"use server";
/** The checklist's request forms (they work without JavaScript): extended, answered, closed, reopened, stop, reminders. */
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { withUser, type ActionState } from "@/lib/http/action";
import { CHECKLIST_PATH } from "@/lib/paths";
import { setRequestReminders, stopTracking, updateRequest } from "./tracking";

function fields(form: FormData) {
  return { guide: form.get("guide"), stepId: form.get("stepId") };
}

async function done(result: ActionState): Promise<ActionState> {
  if (result.ok) revalidatePath(CHECKLIST_PATH);
  return result;
}

export async function extendedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return done(
    await withUser(formData, async (userId, form) => {
      const view = await updateRequest(db(), userId, { action: "extended", ...fields(form), extended: form.get("extended") === "true" });
      return view.extended ? "Deadline extended: the new due date is shown." : "Back to the first deadline.";
    }),
  );
}

export async function answeredAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return done(
    await withUser(formData, async (userId, form) => {
      await updateRequest(db(), userId, { action: "answered", ...fields(form), outcome: form.get("outcome"), answeredOn: form.get("answeredOn") });
      return "Marked as answered.";
    }),
  );
}

export async function closedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return done(
    await withUser(formData, async (userId, form) => {
      await updateRequest(db(), userId, { action: form.get("reopen") === "true" ? "reopened" : "closed", ...fields(form) });
      return form.get("reopen") === "true" ? "Waiting for an answer again." : "Closed.";
    }),
  );
}

export async function stopTrackingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return done(
    await withUser(formData, async (userId, form) => {
      await stopTracking(db(), userId, fields(form));
      return "No longer tracked.";
    }),
  );
}

export async function requestRemindersAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return done(
    await withUser(formData, async (userId, form) => {
      const on = await setRequestReminders(db(), userId, { on: form.get("on") === "true" });
      return on ? "We will email you when an answer is due and when it is a week late." : "Request reminders are off.";
    }),
  );
}
