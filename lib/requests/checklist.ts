/** What the checklist shows of the reader's requests: each with its step, the lead authority, and the authorities the reader can choose from. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authoritiesForRegion, leadFor, type Authority } from "./authorities";
import { requestSteps, type RequestStep } from "./request-steps";
import { listRequests, utcToday, type TrackedRequestView } from "./tracking";

export type ChecklistRequest = TrackedRequestView & { step: RequestStep; lead?: { controller: string; authority: Authority } };

export async function checklistRequests(
  db: PrismaClient,
  userId: string,
  region: string | null,
  today = utcToday(),
): Promise<{ requests: ChecklistRequest[]; reminders: boolean; authorities: Authority[] }> {
  const [views, user] = await Promise.all([listRequests(db, userId, today), db.user.findUnique({ where: { id: userId }, select: { requestReminders: true } })]);
  const steps = requestSteps();
  const requests = views.flatMap((view): ChecklistRequest[] => {
    // A step that left its guide is still the reader's request; keep it with what we know.
    const step = steps.get(`${view.guide}/${view.stepId}`) ?? { guide: view.guide, stepId: view.stepId, title: view.stepId, platform: view.guide, company: view.guide, right: view.right, channel: view.channel };
    const lead = leadFor(view.guide);
    return [{ ...view, step, ...(lead ? { lead: { controller: lead.controller, authority: lead.authorityEntry } } : {}) }];
  });
  return { requests, reminders: user?.requestReminders ?? false, authorities: authoritiesForRegion(region) };
}
