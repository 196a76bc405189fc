/**
 * Editors: people who keep the guides true. The role is granted and revoked only from the command line
 * (`npm run editor:grant -- someone@example.org`, scripts/editor-role.ts); no web path writes it.
 *
 * Every desk query and desk action (lib/editor/reports.ts, lib/editor/stale.ts) calls assertEditor with the id the
 * caller resolved from the session, so a revoked role takes effect on the next request, and a reader's
 * id gets the same "Not found." as a made-up one: nothing says that the desk exists.
 */
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/http/errors";

/** The one refusal for anyone who is not an editor: a 404, in the same words as a missing page. */
export class NotAnEditorError extends UserFacingError {
  override name = "NotAnEditorError";
  constructor() {
    super(404, "Not found.");
  }
}

/** The id, when it belongs to an editor right now; otherwise NotAnEditorError. */
export async function assertEditor(db: PrismaClient, userId: string | null | undefined): Promise<string> {
  if (!userId) throw new NotAnEditorError();
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (user?.role !== "editor") throw new NotAnEditorError();
  return userId;
}

/** Auth.js stores sign-in addresses trimmed and lower-cased; look them up the same way. */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export type RoleChange = { outcome: "changed" | "unchanged" | "unknown"; email: string; role: Role };

/** Sets the role of the account with this address. "unknown" when no account has it (nothing is created). */
export async function setRole(db: PrismaClient, rawEmail: string, role: Role): Promise<RoleChange> {
  const email = normalizeEmail(rawEmail);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (!user) return { outcome: "unknown", email, role };
  if (user.role === role) return { outcome: "unchanged", email, role };
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { outcome: "changed", email, role };
}
