"use server";
/**
 * The editor desk's actions. Each one goes through withEditor (the role is checked on the server
 * before the form is read; anyone else gets a 404), validates its input in lib/editor/reports.ts, where the
 * role is checked once more, and refreshes the desk.
 */
import { revalidatePath } from "next/cache";
import { EDITOR_PATH, EDITOR_STALE_PATH } from "@/lib/paths";
import { db } from "@/lib/db/client";
import { withEditor, type ActionState } from "@/lib/http/action";
import { markDuplicate, reopenReport, resolveReport, resolveStepReports } from "@/lib/editor/reports";

function field(form: FormData, name: string): FormDataEntryValue | undefined {
  return form.get(name) ?? undefined;
}

async function deskAction(formData: FormData, run: (editorId: string, form: FormData) => Promise<string>): Promise<ActionState> {
  const result = await withEditor(formData, run);
  if (result.ok) {
    revalidatePath(EDITOR_PATH);
    revalidatePath(EDITOR_STALE_PATH);
  }
  return result;
}

export async function resolveReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return deskAction(formData, async (editorId, form) => {
    await resolveReport(db(), editorId, { reportId: field(form, "reportId"), note: field(form, "note") });
    return "Resolved.";
  });
}

export async function resolveStepAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return deskAction(formData, async (editorId, form) => {
    const count = await resolveStepReports(db(), editorId, { guide: field(form, "guide"), stepId: field(form, "stepId"), note: field(form, "note") });
    return count === 1 ? "Resolved 1 report." : `Resolved ${count} reports.`;
  });
}

export async function markDuplicateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return deskAction(formData, async (editorId, form) => {
    await markDuplicate(db(), editorId, { reportId: field(form, "reportId"), note: field(form, "note") });
    return "Marked as a duplicate.";
  });
}

export async function reopenReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return deskAction(formData, async (editorId, form) => {
    await reopenReport(db(), editorId, { reportId: field(form, "reportId") });
    return "Reopened.";
  });
}
