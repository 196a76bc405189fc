/** The /checklist dashboard: where a person stands on every guide, computed from their ticks. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { GuideOutline, ManifestStep } from "@/lib/content/guides";
import type { Category } from "@/lib/content/constants";
import { isDue } from "@/lib/reminder-dates";

export type ChecklistGuide = GuideOutline;

export type Checklist = {
  reminderMonths: number | null;
  overall: { done: number; total: number; guidesStarted: number; guidesFinished: number };
  started: {
    slug: string;
    platform: string;
    title: string;
    done: number;
    total: number;
    nextStep: ManifestStep | null;
    lastTickAt: string;
    dueForRecheck: boolean;
  }[];
  changed: { guide: string; platform: string; stepId: string; title: string; number: number; completedAt: string }[];
  removed: { guide: string; platform: string; stepId: string; completedAt: string }[];
  notStarted: { category: Category; guides: { slug: string; platform: string; title: string }[] }[];
};

export async function buildChecklist(db: PrismaClient, userId: string, guides: ChecklistGuide[], now = new Date()): Promise<Checklist> {
  const [user, ticks] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { reminderMonths: true } }),
    db.stepCompletion.findMany({ where: { userId }, select: { guide: true, stepId: true, stepHash: true, completedAt: true } }),
  ]);
  const reminderMonths = user?.reminderMonths ?? null;
  const bySlug = new Map(guides.map((g) => [g.slug, g]));
  const ticksByGuide = new Map<string, typeof ticks>();
  for (const tick of ticks) ticksByGuide.set(tick.guide, [...(ticksByGuide.get(tick.guide) ?? []), tick]);

  const checklist: Checklist = { reminderMonths, overall: { done: 0, total: 0, guidesStarted: 0, guidesFinished: 0 }, started: [], changed: [], removed: [], notStarted: [] };

  for (const [slug, guideTicks] of ticksByGuide) {
    const guide = bySlug.get(slug);
    const platform = guide?.platform ?? slug;
    const doneIds = new Set<string>();
    for (const tick of guideTicks) {
      const step = guide?.steps.find((s) => s.id === tick.stepId);
      if (!step) {
        checklist.removed.push({ guide: slug, platform, stepId: tick.stepId, completedAt: tick.completedAt.toISOString() });
        continue;
      }
      doneIds.add(step.id);
      if (step.hash !== tick.stepHash) {
        checklist.changed.push({ guide: slug, platform, stepId: step.id, title: step.title, number: step.number, completedAt: tick.completedAt.toISOString() });
      }
    }
    if (!guide || doneIds.size === 0) continue;
    const lastTickAt = new Date(Math.max(...guideTicks.map((t) => t.completedAt.getTime())));
    const done = doneIds.size;
    checklist.started.push({
      slug,
      platform,
      title: guide.title,
      done,
      total: guide.steps.length,
      nextStep: guide.steps.find((s) => !doneIds.has(s.id)) ?? null,
      lastTickAt: lastTickAt.toISOString(),
      dueForRecheck: isDue(lastTickAt, reminderMonths, now),
    });
    checklist.overall.done += done;
    checklist.overall.total += guide.steps.length;
    checklist.overall.guidesStarted += 1;
    if (done === guide.steps.length) checklist.overall.guidesFinished += 1;
  }
  checklist.started.sort((a, b) => Number(b.dueForRecheck) - Number(a.dueForRecheck) || a.done / a.total - b.done / b.total || a.platform.localeCompare(b.platform));
  checklist.changed.sort((a, b) => a.platform.localeCompare(b.platform) || a.number - b.number);

  // Suggest untouched guides, categories the person already works on first.
  const startedSlugs = new Set(checklist.started.map((g) => g.slug));
  const activeCategories = new Set(guides.filter((g) => startedSlugs.has(g.slug)).map((g) => g.category));
  const groups = new Map<Category, { slug: string; platform: string; title: string }[]>();
  for (const guide of guides) {
    if (startedSlugs.has(guide.slug)) continue;
    groups.set(guide.category, [...(groups.get(guide.category) ?? []), { slug: guide.slug, platform: guide.platform, title: guide.title }]);
  }
  checklist.notStarted = [...groups.entries()]
    .map(([category, list]) => ({ category, guides: list }))
    .sort((a, b) => Number(activeCategories.has(b.category)) - Number(activeCategories.has(a.category)) || b.guides.length - a.guides.length);
  return checklist;
}
