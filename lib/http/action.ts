/**
 * The wrapper every server action goes through: check that the body really is a form, resolve the
 * signed-in user, run, and turn domain errors into a message for the form. Server actions are public
 * endpoints: anyone can post any body to them, signed in or not, so nothing here may throw a 500.
 */
import "server-only";
import { currentUserId, requireEditor } from "@/lib/auth/current-user";
import { UserFacingError } from "@/lib/http/errors";
import { apiErrorText } from "@/lib/http/handler";
import { isDatabaseBusy, isDatabaseUnavailable } from "@/lib/db/errors";
import { DEFAULT_LOCALE, knownLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type ActionState = { ok?: string; error?: string };

/**
 * The language of the page a form was on (its hidden `locale` field): a known code, else English. A server
 * action is a public endpoint, so its argument is whatever a client posted, not always a FormData.
 */
export function formLocale(formData: unknown): Locale {
  const value = formData instanceof FormData ? formData.get("locale") : null;
  return knownLocale(value);
}

/** A form's answer when it could not be acted on, in the form's language (formErrors in messages). */
export function formError(locale: Locale, reason: "notAForm" | "databaseDown" | "databaseBusy" | "sessionEnded" | "invalidEmail"): ActionState {
  return { error: translator(locale, "formErrors")(reason) };
}

/** Runs an action on a form; for actions that need no account (sign-in). */
export async function withForm(formData: unknown, run: (form: FormData) => Promise<ActionState>): Promise<ActionState> {
  // Without a form there is no language to read: English.
  if (!(formData instanceof FormData)) return formError(DEFAULT_LOCALE, "notAForm");
  const locale = formLocale(formData);
  try {
    return await run(formData);
  } catch (error) {
    if (error instanceof UserFacingError) return { error: apiErrorText(locale, error.code, error.values) };
    if (isDatabaseUnavailable(error)) return formError(locale, isDatabaseBusy(error) ? "databaseBusy" : "databaseDown");
    throw error;
  }
}

export async function withUser(formData: unknown, run: (userId: string, form: FormData) => Promise<string>): Promise<ActionState> {
  return withForm(formData, async (form) => {
    const userId = await currentUserId();
    if (!userId) return formError(formLocale(form), "sessionEnded");
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
