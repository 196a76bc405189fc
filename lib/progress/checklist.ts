/** The /checklist dashboard: where a person stands on every guide, computed from their ticks. */
import type { Sql } from "@/lib/db/client";
import type { GuideOutline, OutlineStep } from "@/lib/content/guides";
import type { Category } from "@/lib/content/constants";
import { isDue } from "@/lib/progress/reminder-dates";
import { setAsideGroups, splitByRegion, type Plan, type SetAsideGroup } from "@/lib/plan/rules";

export type ChecklistGuide = GuideOutline;

export type Checklist = {
  reminderMonths: number | null;
  /** Counts over the steps that apply where the reader lives (the plan's region); `setAside` says what was left out. */
  overall: { done: number; total: number; guidesStarted: number; guidesFinished: number; setAside: SetAsideGroup[] };
  started: {
    slug: string;
    platform: string;
    title: string;
    done: number;
    total: number;
    /** "1 step only applies in the EU or UK": steps of the guide left out of its counts. */
    setAside: SetAsideGroup[];
    nextStep: OutlineStep | null;
    /** The steps of the guide ticked (current steps only), for the plan's counts. */
    doneIds: string[];
    lastTickAt: string;
    dueForRecheck: boolean;
  }[];
  changed: { guide: string; platform: string; stepId: string; title: string; number: number; completedAt: string }[];
  removed: { guide: string; platform: string; stepId: string; completedAt: string }[];
  /** A few suggestions per category (the page links to the rest), so the page does not grow with the catalogue. */
  notStarted: { category: Category; guides: { slug: string; platform: string; title: string }[]; total: number }[];
};

export const SUGGESTIONS_PER_CATEGORY = 6;

/**
 * One statement on raw pg: the user's ticks. The reminder choice and the plan come with the session
 * lookup (lib/auth/session.ts userForToken), so the whole page costs two. Steps that do not apply in the
 * plan's region are left out of the counts and the next steps, as on /plan, and said so.
 */
export async function buildChecklist(sql: Sql, user: { id: string; reminderMonths: number | null; plan?: Plan | null }, guides: ChecklistGuide[], now = new Date()): Promise<Checklist> {
  const { rows: ticks } = await sql.query<{ guide: string; stepId: string; stepHash: string; completedAt: Date }>(
    `SELECT guide, "stepId", "stepHash", "completedAt" AT TIME ZONE 'UTC' AS "completedAt" FROM "StepCompletion" WHERE "userId" = $1`,
    [user.id],
  );
  const reminderMonths = user.reminderMonths;
  const reader = user.plan?.region ?? null;
  const setAsideSteps: OutlineStep[] = [];
  const bySlug = new Map(guides.map((g) => [g.slug, g]));
  const ticksByGuide = new Map<string, typeof ticks>();
  for (const tick of ticks) {
    const list = ticksByGuide.get(tick.guide);
    if (list) list.push(tick);
    else ticksByGuide.set(tick.guide, [tick]);
  }

  const checklist: Checklist = { reminderMonths, overall: { done: 0, total: 0, guidesStarted: 0, guidesFinished: 0, setAside: [] }, started: [], changed: [], removed: [], notStarted: [] };

  for (const [slug, guideTicks] of ticksByGuide) {
    const guide = bySlug.get(slug);
    const platform = guide?.platform ?? slug;
    const doneIds = new Set<string>();
    const stepsById = new Map(guide?.steps.map((s) => [s.id, s]));
    for (const tick of guideTicks) {
      const step = stepsById.get(tick.stepId);
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
    const { steps: applicable, setAside: aside } = splitByRegion(guide.steps, reader);
    setAsideSteps.push(...aside);
    const done = applicable.filter((s) => doneIds.has(s.id)).length;
    checklist.started.push({
      slug,
      platform,
      title: guide.title,
      done,
      total: applicable.length,
      setAside: setAsideGroups(aside),
      nextStep: applicable.find((s) => !doneIds.has(s.id)) ?? null,
      doneIds: [...doneIds],
      lastTickAt: lastTickAt.toISOString(),
      dueForRecheck: isDue(lastTickAt, reminderMonths, now),
    });
    checklist.overall.done += done;
    checklist.overall.total += applicable.length;
    checklist.overall.guidesStarted += 1;
    if (done === applicable.length) checklist.overall.guidesFinished += 1;
  }
  checklist.overall.setAside = setAsideGroups(setAsideSteps);
  const share = (g: { done: number; total: number }) => (g.total ? g.done / g.total : 1);
  checklist.started.sort((a, b) => Number(b.dueForRecheck) - Number(a.dueForRecheck) || share(a) - share(b) || a.platform.localeCompare(b.platform));
  checklist.changed.sort((a, b) => a.platform.localeCompare(b.platform) || a.number - b.number);

  // Suggest untouched guides, categories the person already works on first.
  const startedSlugs = new Set(checklist.started.map((g) => g.slug));
  const activeCategories = new Set(guides.filter((g) => startedSlugs.has(g.slug)).map((g) => g.category));
  const groups = new Map<Category, { guides: { slug: string; platform: string; title: string }[]; total: number }>();
  for (const guide of guides) {
    if (startedSlugs.has(guide.slug)) continue;
    let group = groups.get(guide.category);
    if (!group) groups.set(guide.category, (group = { guides: [], total: 0 }));
    group.total++;
    if (group.guides.length < SUGGESTIONS_PER_CATEGORY) group.guides.push({ slug: guide.slug, platform: guide.platform, title: guide.title });
  }
  checklist.notStarted = [...groups.entries()]
    .map(([category, group]) => ({ category, ...group }))
    .sort((a, b) => Number(activeCategories.has(b.category)) - Number(activeCategories.has(a.category)) || b.total - a.total);
  return checklist;
}

/** Suggestions without the guides already in the reader's plan: each guide is listed once on the page. */
export function withoutGuides(notStarted: Checklist["notStarted"], exclude: ReadonlySet<string>): Checklist["notStarted"] {
  return notStarted
    .map((group) => {
      const guides = group.guides.filter((g) => !exclude.has(g.slug));
      return { ...group, guides, total: group.total - (group.guides.length - guides.length) };
    })
    .filter((group) => group.guides.length > 0);
}
