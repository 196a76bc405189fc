/**
 * The wrapper every server action goes through: check that the body really is a form, resolve the
 * signed-in user, run, and turn domain errors into a message for the form. Server actions are public
 * endpoints: anyone can post any body to them, signed in or not, so nothing here may throw a 500.
 */
import "server-only";
import { currentUserId, requireEditor, SIGNED_OUT_MESSAGES } from "@/lib/auth/current-user";
import { UserFacingError } from "@/lib/http/errors";
import { isDatabaseUnavailable } from "@/lib/db/errors";

export type ActionState = { ok?: string; error?: string };

export const NOT_A_FORM: ActionState = { error: "This form could not be read. Reload the page and try again." };
export const DATABASE_DOWN: ActionState = { error: "We cannot reach our database just now, so nothing was changed. Please try again in a minute." };

/** Runs an action on a form; for actions that need no account (sign-in). */
export async function withForm(formData: unknown, run: (form: FormData) => Promise<ActionState>): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  try {
    return await run(formData);
  } catch (error) {
    if (error instanceof UserFacingError) return { error: error.message };
    if (isDatabaseUnavailable(error)) return DATABASE_DOWN;
    throw error;
  }
}

export async function withUser(formData: unknown, run: (userId: string, form: FormData) => Promise<string>): Promise<ActionState> {
  return withForm(formData, async (form) => {
    const userId = await currentUserId();
    if (!userId) return { error: SIGNED_OUT_MESSAGES.action };
    return { ok: await run(userId, form) };
  });
}

/**
 * For the editor desk's actions. The role is checked on the server before anything else, even before
 * the body is read: anyone who is not an editor right now (visitors, readers, a revoked editor, or
 * anyone while the database cannot confirm the role) gets notFound(), the same 404 as the desk's
 * pages, whatever they post. The domain functions check the role again (lib/editor/role.ts assertEditor).
 */
export async function withEditor(formData: unknown, run: (editorId: string, form: FormData) => Promise<string>): Promise<ActionState> {
  const editorId = await requireEditor();
  return withForm(formData, async (form) => ({ ok: await run(editorId, form) }));
}
