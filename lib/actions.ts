/**
 * The wrapper every server action goes through: check that the body really is a form, resolve the
 * signed-in user, run, and turn domain errors into a message for the form. Server actions are public
 * endpoints: anyone can post any body to them, signed in or not, so nothing here may throw a 500.
 */
import "server-only";
import { currentUserId } from "@/lib/current-user";
import { UserFacingError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/db-errors";

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
    if (!userId) return { error: "Your session has ended. Sign in again." };
    return { ok: await run(userId, form) };
  });
}
