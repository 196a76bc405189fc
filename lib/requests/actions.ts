"use server";
/** The checklist's request forms (they work without JavaScript): extended, answered, closed, reopened, stop, reminders. */
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { withUser, type ActionState } from "@/lib/http/action";
import { CHECKLIST_PATH } from "@/lib/paths";
import { setRequestReminders, stopTracking, updateRequest } from "./tracking";

/** "true" / "false" from a form; anything else stays as it is, so validation refuses it. */
function flag(value: FormDataEntryValue | null): unknown {
  return value === "true" ? true : value === "false" ? false : value;
}

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
      const view = await updateRequest(db(), userId, { action: "extended", ...fields(form), extended: flag(form.get("extended")) });
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
      const reopen = flag(form.get("reopen"));
      await updateRequest(db(), userId, { action: reopen === true ? "reopened" : reopen === false ? "closed" : reopen, ...fields(form) });
      return reopen === true ? "Waiting for an answer again." : "Closed.";
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
      const on = await setRequestReminders(db(), userId, { on: flag(form.get("on")) });
      return on ? "We will email you when an answer is due and when it is a week late." : "Request reminders are off.";
    }),
  );
}
