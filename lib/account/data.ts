/** "My data": everything stored about a person, and deleting it. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mailboxKey, plainAddress } from "@/lib/auth/email-address";
import { storedLimitKey } from "@/lib/http/rate-limit";

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function exportAccount(db: PrismaClient, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      createdAt: true,
      reminderMonths: true,
      lastRemindedAt: true,
      locale: true,
      accounts: { select: { provider: true } },
      stepCompletions: { select: { guide: true, stepId: true, completedAt: true }, orderBy: [{ guide: "asc" }, { completedAt: "asc" }] },
      plan: { select: { guides: true, region: true, updatedAt: true } },
      requestReminders: true,
      trackedRequests: {
        select: { guide: true, stepId: true, right: true, law: true, sentOn: true, channel: true, reference: true, state: true, extended: true, dueOn: true, answeredOn: true, outcome: true, createdAt: true },
        orderBy: [{ sentOn: "asc" }],
      },
    },
  });
  return {
    exportedAt: new Date().toISOString(),
    about: "Everything Untrain stores about you. Your sessions (one row per signed-in browser, holding only the sign-in token and its expiry) are left out so that this file is not a key to your account.",
    email: user.email,
    name: user.name,
    accountCreatedAt: user.createdAt.toISOString(),
    language: user.locale,
    signInProviders: user.accounts.map((a) => a.provider),
    reminder: { everyMonths: user.reminderMonths, lastSentAt: user.lastRemindedAt?.toISOString() ?? null },
    ticks: user.stepCompletions.map((t) => ({ guide: t.guide, stepId: t.stepId, completedAt: t.completedAt.toISOString() })),
    plan: user.plan ? { guides: user.plan.guides, region: user.plan.region, updatedAt: user.plan.updatedAt.toISOString() } : null,
    requestReminders: user.requestReminders,
    requests: user.trackedRequests.map((r) => ({
      guide: r.guide,
      stepId: r.stepId,
      right: r.right,
      law: r.law,
      sentOn: day(r.sentOn),
      channel: r.channel === "in_app" ? "in-app" : r.channel,
      reference: r.reference,
      state: r.state,
      extended: r.extended,
      dueOn: r.dueOn ? day(r.dueOn) : null,
      answeredOn: r.answeredOn ? day(r.answeredOn) : null,
      outcome: r.outcome === "asked_for_more" ? "asked-for-more" : r.outcome,
      trackedSince: r.createdAt.toISOString(),
    })),
  };
}

/**
 * Removes the user; sessions, accounts, ticks, the plan and tracked requests go with it (ON DELETE CASCADE).
 * The address also sits outside the user row: in a sign-in link not yet used (in clear text, for up to 24
 * hours) and as the key of its sign-in rate-limit counter (keyed with `secret`, AUTH_SECRET). Both go too,
 * in the same transaction.
 */
export async function deleteAccount(db: PrismaClient, userId: string, secret: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return;
    if (user.email) {
      const address = plainAddress(user.email) ?? user.email;
      await tx.verificationToken.deleteMany({ where: { identifier: { in: [...new Set([user.email, address])] } } });
      await tx.rateLimit.deleteMany({ where: { key: storedLimitKey(secret, "signInPerEmail", mailboxKey(address)) } });
    }
    await tx.user.deleteMany({ where: { id: userId } });
  });
}

export function countTicks(db: PrismaClient, userId: string): Promise<number> {
  return db.stepCompletion.count({ where: { userId } });
}
