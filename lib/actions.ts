/**
 * The wrapper every server action goes through: resolve the signed-in user, run, and turn domain
 * errors into a message for the form (never a thrown 500 for bad input).
 */
import "server-only";
import { auth } from "@/lib/auth";
import { UserFacingError } from "@/lib/errors";

export type ActionState = { ok?: string; error?: string };

export async function withUser(run: (userId: string) => Promise<string>): Promise<ActionState> {
  const session = await auth();
  if (!session?.user?.id) return { error: "Your session has ended. Sign in again." };
  try {
    return { ok: await run(session.user.id) };
  } catch (error) {
    if (error instanceof UserFacingError) return { error: error.message };
    throw error;
  }
}
