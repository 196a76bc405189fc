import { ChipLink } from "@/components/ui/ChipLink";
import type { Metadata } from "next";
import Link from "next/link";
import { currentUser } from "@/lib/auth/current-user";
import { unlessUnavailable, UNAVAILABLE } from "@/lib/db/errors";
import { DatabaseUnavailable } from "@/components/ui/DatabaseUnavailable";
import { sqlPool } from "@/lib/db/client";
import { guideOutlines, planGuides } from "@/lib/content/guides";
import { planProgress, summarizePlan } from "@/lib/plan/rules";
import { PlanSection, SetAsideNote } from "@/components/checklist/PlanSection";
import { buildChecklist } from "@/lib/progress/checklist";
import { CATEGORY_LABELS } from "@/lib/content/search";
import { REMINDER_CHOICES } from "@/lib/progress/server";
import { formatDate, plural } from "@/lib/format";
import { ActionForm } from "@/components/ui/ActionForm";
import { recheckAction, reminderAction } from "@/lib/progress/actions";
import { pageMetadata } from "@/lib/content/seo";

export const metadata: Metadata = pageMetadata("/checklist", "My checklist", "Every guide you started, your next step on each, and what changed since you did it.", { index: false });

export default async function ChecklistPage() {
  const list = await unlessUnavailable(async () => {
    const user = await currentUser();
    if (!user) return null;
    // Two statements: the session with the user and the plan, then the ticks.
    return { ...(await buildChecklist(sqlPool(), user, guideOutlines())), plan: user.plan };
  });
  if (list === UNAVAILABLE) return <DatabaseUnavailable what="your checklist" />;
  if (!list) {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">My checklist</h1>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">
          Your checklist shows every guide you started, the next step on each, and the steps that changed since you did them.
          Sign in to keep it across devices. Ticks you made on this device without signing in are added to it when you sign in.
        </p>
        <p className="mt-3">
          <Link href="/plan" className="font-medium underline">
            Make your plan
          </Link>{" "}
          to choose the guides for the apps you use.
        </p>
        <p className="mt-6">
          <Link href="/signin?callbackUrl=/checklist" className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  const { overall } = list;
  const inPlan = new Set(list.plan?.guides ?? []);
  const progress = list.plan?.guides.length
    ? planProgress(summarizePlan(list.plan, planGuides()), new Map(list.started.map((g) => [g.slug, new Set(g.doneIds)])))
    : null;
  const startedOutside = list.started.filter((g) => !inPlan.has(g.slug));
  return (
    <div>
      <h1 className="text-3xl font-bold">My checklist</h1>
      {progress ? (
        <PlanSection progress={progress} />
      ) : (
        <p className="mt-2">
          <Link href="/plan" className="font-medium underline">
            Make your plan
          </Link>
          : the apps you use, in the right order.
        </p>
      )}
      <section aria-labelledby="overall-heading" className="mt-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
        <h2 id="overall-heading" className="font-semibold">
          {overall.guidesStarted === 0 ? "You have not started a guide yet." : `${overall.done} of ${overall.total} steps done in ${plural(overall.guidesStarted, "guide")}`}
        </h2>
        {overall.guidesStarted ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{plural(overall.guidesFinished, "guide")} finished.</p> : null}
        <SetAsideNote lines={overall.guidesStarted ? overall.setAside : []} />
      </section>

      {list.changed.length ? (
        <section aria-labelledby="changed-heading" className="mt-8">
          <h2 id="changed-heading" className="text-xl font-semibold">
            Changed since you did it
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">The instructions of these steps changed after you ticked them. Check the setting again, then confirm.</p>
          <ul className="mt-3 space-y-2">
            {list.changed.map((c) => (
              <li key={`${c.guide}/${c.stepId}`} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-amber-300 p-3 dark:border-amber-700">
                <span>
                  <Link href={`/guides/${c.guide}#${c.stepId}`} className="font-medium underline">
                    {c.platform}: {c.title}
                  </Link>{" "}
                  <span className="text-sm text-zinc-600 dark:text-zinc-400">(done {formatDate(c.completedAt)})</span>
                </span>
                <ActionForm action={recheckAction} submitLabel={`I re-checked “${c.title}”`}>
                  <input type="hidden" name="guide" value={c.guide} />
                  <input type="hidden" name="stepId" value={c.stepId} />
                </ActionForm>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="started-heading" className="mt-8">
        <h2 id="started-heading" className="text-xl font-semibold">
          {progress ? "Started guides outside your plan" : "Your guides"}
        </h2>
        {startedOutside.length === 0 && progress ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">None: every guide you started is in your plan.</p>
        ) : startedOutside.length === 0 ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">
            Open a guide and tick the steps you have done. <Link href="/start" className="underline">Start here</Link> if you are not sure where to begin.
          </p>
        ) : (
          <ul className="mt-3 space-y-3">
            {startedOutside.map((g) => (
              <li key={g.slug} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">
                    <span className={`print-box print-only${g.done === g.total ? " is-done" : ""}`} aria-hidden="true" />
                    <Link href={`/guides/${g.slug}`} className="underline">
                      {g.platform}
                    </Link>
                  </h3>
                  <span className="text-sm">
                    {g.done} of {g.total} steps done
                  </span>
                </div>
                <SetAsideNote lines={g.setAside} />
                {g.nextStep ? (
                  <p className="mt-1 text-sm">
                    Next step:{" "}
                    <Link href={`/guides/${g.slug}#${g.nextStep.id}`} className="underline">
                      {g.nextStep.number}. {g.nextStep.title}
                    </Link>
                  </p>
                ) : (
                  <p className="mt-1 text-sm text-emerald-800 dark:text-emerald-300">All steps done.</p>
                )}
                {g.dueForRecheck ? (
                  <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-950 dark:bg-amber-900/50 dark:text-amber-100">Due for a re-check</span>
                    <ActionForm action={recheckAction} submitLabel="I re-checked this guide">
                      <input type="hidden" name="guide" value={g.slug} />
                    </ActionForm>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {list.removed.length ? (
        <section aria-labelledby="removed-heading" className="mt-8">
          <h2 id="removed-heading" className="text-xl font-semibold">
            Steps no longer in a guide
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">You ticked these, but the guide does not have them any more (the platform changed). Nothing to do.</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {list.removed.map((r) => (
              <li key={`${r.guide}/${r.stepId}`}>
                {r.platform}: “{r.stepId}” (removed; done {formatDate(r.completedAt)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="reminder-heading" className="no-print mt-8">
        <h2 id="reminder-heading" className="text-xl font-semibold">
          Re-check reminders
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Platforms reset settings and add new AI features. We can email you when it is time to look again.</p>
        <ActionForm action={reminderAction} submitLabel="Save reminder" className="mt-2 flex flex-wrap items-center gap-2">
          <label htmlFor="reminder-months" className="text-sm font-medium">
            Remind me to re-check
          </label>
          <select id="reminder-months" name="months" defaultValue={list.reminderMonths === null ? "never" : String(list.reminderMonths)} className="rounded-lg border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
            {REMINDER_CHOICES.map((m) => (
              <option key={m} value={m}>
                every {m} months
              </option>
            ))}
            <option value="never">never</option>
          </select>
        </ActionForm>
      </section>

      <section aria-labelledby="suggest-heading" className="no-print mt-8">
        <h2 id="suggest-heading" className="text-xl font-semibold">
          Guides you have not started
        </h2>
        <div className="mt-2 space-y-3">
          {list.notStarted.map((group) => (
            <div key={group.category}>
              <h3 className="text-sm font-semibold">{CATEGORY_LABELS[group.category]}</h3>
              <ul className="mt-1 flex flex-wrap gap-2">
                {group.guides.map((g) => (
                  <li key={g.slug}>
                    <ChipLink href={`/guides/${g.slug}`}>{g.platform}</ChipLink>
                  </li>
                ))}
                {group.total > group.guides.length ? (
                  <li>
                    <Link href={`/guides/search?category=${group.category}`} prefetch={false} className="text-sm underline">
                      All {group.total} guides in {CATEGORY_LABELS[group.category]}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
