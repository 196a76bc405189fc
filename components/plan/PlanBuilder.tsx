"use client";
import { useLocale } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { REGIONS, type Category } from "@/lib/content/constants";
import { firstStep, PLAN_REGIONS, planQuery, readPlanQuery, regionSync, summarizePlan, type Plan, type PlanGuide, type PlanRegion } from "@/lib/plan/rules";
import { plural } from "@/lib/format";
import { pageSession, updateSessionPlan } from "@/lib/auth/page-session";
import { setReaderRegion, useReaderRegion } from "@/lib/plan/region-store";
import { replaceUrl } from "@/components/layout/replace-url";
import { sendPlan } from "@/lib/plan/client";
import { guidePath, stepPath, PLAN_PATH, localePath } from "@/lib/paths";
import { readLocalPlan, writeLocalPlan } from "@/lib/plan/local";
import { deviceRegion, markRegionUnsaved, regionUnsaved } from "@/lib/plan/region-sync";

export type PlanChoice = { slug: string; platform: string; popular: boolean };
type Group = { category: Category; label: string; guides: PlanChoice[] };
type Session = "loading" | "signed-out" | "signed-in" | "unavailable";
type SaveStatus = "" | "saving" | "saved" | "not-saved";


/** The plan builder: choose apps and region, see the ordered plan; kept on the device and in the link, or on the account. */
export function PlanBuilder({ groups, guides }: { groups: Group[]; guides: PlanGuide[] }) {
  const locale = useLocale();
  const known = useMemo(() => new Set(guides.map((g) => g.slug)), [guides]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [filter, setFilter] = useState("");
  const [session, setSession] = useState<Session>("loading");
  const [saveStatus, setSaveStatus] = useState<SaveStatus>("");
  const [copied, setCopied] = useState(false);
  const [origin, setOrigin] = useState("");
  // A plan link opened signed in: shown as it is, and the account changes only when the reader adds it.
  const [shared, setShared] = useState<{ region: PlanRegion | null } | null>(null);
  const [account, setAccount] = useState<Plan | null>(null);
  const deviceChoice = useReaderRegion();
  const region = shared ? shared.region : deviceChoice;
  const saving = useRef<Promise<void>>(Promise.resolve());
  const filterId = useId();

  useEffect(() => {
    let cancelled = false;
    const url = new URLSearchParams(window.location.search);
    const fromUrl = url.has("g") || url.has("r");
    const incoming = (fromUrl ? readPlanQuery(url, known) : readLocalPlan(known)) ?? { guides: [], region: null };
    // A shared link brings its region; otherwise the one chosen on this device (on a guide page, say) wins over the one stored with the plan.
    const device = deviceRegion();
    const regionNow = fromUrl ? (incoming.region ?? device) : (device ?? incoming.region);
    // From a link, the region waits until we know the reader is not signed in (then it is theirs to keep).
    if (regionNow !== device && !fromUrl) setReaderRegion(regionNow);
    // A one-time sync from outside React (the link, localStorage, the page's origin) after hydration.
    /* eslint-disable react-hooks/set-state-in-effect */
    setChosen(incoming.guides);
    setOrigin(window.location.origin);
    /* eslint-enable react-hooks/set-state-in-effect */
    if (!fromUrl && incoming.guides.length) replaceUrl(`/plan${planQuery({ ...incoming, region: regionNow })}`);
    void pageSession().then(async (s) => {
      if (cancelled) return;
      if (s.status !== "signed-in") {
        if (regionNow !== device) setReaderRegion(regionNow);
        setSession(s.status);
        return;
      }
      if (fromUrl) {
        setAccount(s.plan ?? { guides: [], region: null });
        setShared({ region: regionNow });
        setSession("signed-in");
        return;
      }
      const local = { guides: incoming.guides, region: regionNow };
      // Nothing to merge: the account's plan came with the page's GET /api/me.
      const account = local.guides.length || local.region ? await sendPlan("POST", "/api/plan/merge", local) : (s.plan ?? { guides: [], region: null });
      if (cancelled) return;
      if (!account) {
        setSession("unavailable");
        return;
      }
      writeLocalPlan(null);
      replaceUrl(localePath(locale, PLAN_PATH));
      setChosen(account.guides);
      // The same rule as every other page (lib/plan/region-sync.ts), with the merged plan.
      const sync = regionSync({ account: account.region, device: regionNow, unsaved: regionUnsaved() });
      if (sync.kind === "pull") setReaderRegion(sync.region);
      setSession("signed-in");
      if (sync.kind === "push") void saveToAccount({ guides: account.guides, region: sync.region });
      else markRegionUnsaved(false);
    });
    return () => {
      cancelled = true;
    };
    // Once per page load: later changes go through persist().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const plan: Plan = { guides: chosen, region };
  const summary = summarizePlan(plan, guides);
  const start = firstStep(summary);
  const link = `${origin}/plan${planQuery(plan)}`;

  function saveToAccount(next: Plan) {
    setSaveStatus("saving");
    saving.current = saving.current.then(async () => {
      const saved = await sendPlan("PUT", "/api/plan", next);
      if (saved) {
        markRegionUnsaved(false);
        updateSessionPlan(saved);
      }
      setSaveStatus(saved ? "saved" : "not-saved");
    });
    return saving.current;
  }

  /** "Add these to my plan": the shared guides (and its region, if the account has none) join the account's plan. */
  async function addShared() {
    setSaveStatus("saving");
    const merged = await sendPlan("POST", "/api/plan/merge", { guides: chosen, region });
    if (!merged) {
      setSaveStatus("not-saved");
      return;
    }
    updateSessionPlan(merged);
    if (merged.region) setReaderRegion(merged.region);
    setShared(null);
    setChosen(merged.guides);
    replaceUrl(localePath(locale, PLAN_PATH));
    setSaveStatus("saved");
  }

  function showOwnPlan() {
    setShared(null);
    setChosen(account?.guides ?? []);
    replaceUrl(localePath(locale, PLAN_PATH));
  }

  function persist(next: Plan) {
    if (shared) {
      // Still only the shared plan being looked at: the link changes, the account does not.
      setShared({ region: next.region });
      replaceUrl(`/plan${planQuery(next)}`);
      return;
    }
    if (session === "signed-in") {
      void saveToAccount(next);
      return;
    }
    writeLocalPlan(next);
    replaceUrl(`/plan${planQuery(next)}`);
  }

  function toggle(slug: string, on: boolean) {
    const guidesNext = on ? [...chosen.filter((g) => g !== slug), slug] : chosen.filter((g) => g !== slug);
    setChosen(guidesNext);
    setCopied(false);
    persist({ guides: guidesNext, region });
  }

  function chooseRegion(next: PlanRegion) {
    if (!shared) setReaderRegion(next);
    if (session === "signed-in" && !shared) markRegionUnsaved(true);
    setCopied(false);
    persist({ guides: chosen, region: next });
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  const needle = filter.trim().toLowerCase();
  const shown = groups.map((g) => ({ ...g, guides: g.guides.filter((c) => !needle || c.platform.toLowerCase().includes(needle) || c.slug.includes(needle)) })).filter((g) => g.guides.length);

  return (
    <div className="mt-6 space-y-10">
      {shared ? (
        <section aria-labelledby="plan-shared-heading" className="rounded-lg border border-brand-700 p-4" data-testid="shared-plan">
          <h2 id="plan-shared-heading" className="text-xl font-semibold">
            A plan someone shared with you
          </h2>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            Below is the plan from the link you opened. Your own plan{account?.guides.length ? ` (${plural(account.guides.length, "guide")})` : ""} stays as it is
            unless you add these guides to it.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" onClick={() => void addShared()} disabled={saveStatus === "saving"} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              Add these to my plan
            </button>
            <button type="button" onClick={showOwnPlan} className="rounded-lg border border-zinc-300 px-4 py-2 font-medium dark:border-zinc-700">
              Show my own plan
            </button>
          </div>
          {saveStatus === "not-saved" ? (
            <p role="alert" className="mt-2 text-sm">
              Not added: we could not reach the server. Try again in a moment.
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="plan-apps-heading">
        <h2 id="plan-apps-heading" className="text-xl font-semibold">
          1. Which apps do you use?
        </h2>
        <label htmlFor={filterId} className="mt-3 block text-sm font-medium">
          Filter apps
        </label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="Type a name, e.g. Instagram"
          className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
        {shown.length === 0 ? <p className="mt-3 text-zinc-700 dark:text-zinc-300">No app matches “{filter}”.</p> : null}
        {shown.map((group) => (
          <fieldset key={group.category} className="mt-4">
            <legend className="font-medium">{group.label}</legend>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2">
              {group.guides.map((c) => (
                <li key={c.slug}>
                  <label className="flex cursor-pointer items-center gap-2 rounded-lg border border-zinc-200 px-3 py-2 dark:border-zinc-800">
                    <input type="checkbox" name="guide" value={c.slug} checked={chosen.includes(c.slug)} onChange={(e) => toggle(c.slug, e.target.checked)} className="size-4" />
                    <span>{c.platform}</span>
                    {c.popular ? <span className="ml-auto text-xs text-zinc-700 dark:text-zinc-300">Popular</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="plan-region-heading">
        <h2 id="plan-region-heading" className="text-xl font-semibold">
          2. Where do you live?
        </h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">It matters: in some places the law gives you a right to object to AI training, and some steps only exist there.</p>
        <fieldset className="mt-3">
          <legend className="sr-only">Where you live</legend>
          <ul className="space-y-2">
            {PLAN_REGIONS.map((r) => (
              <li key={r}>
                <label className="flex cursor-pointer items-start gap-2">
                  <input type="radio" name="region" value={r} checked={region === r} onChange={() => chooseRegion(r)} className="mt-1 size-4" />
                  <span>
                    <span className="font-medium">{REGIONS[r].label}</span>
                    <span className="block text-sm text-zinc-700 dark:text-zinc-300">{REGIONS[r].liveHere}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </section>

      <section aria-labelledby="plan-heading" data-testid="plan">
        <h2 id="plan-heading" className="text-xl font-semibold">
          3. Your plan
        </h2>
        <p role="status" className="mt-1 min-h-5 text-sm text-zinc-700 dark:text-zinc-300">
          {shared
            ? "A shared plan: nothing is saved to your account unless you add it."
            : session === "signed-in"
              ? saveStatus === "saving"
                ? "Saving…"
                : saveStatus === "not-saved"
                  ? "Not saved yet: we could not reach the server. Change anything to try again."
                  : "Saved to your account: it is on every device you sign in on."
              : session === "unavailable"
                ? "Kept on this device and in the link below (we could not reach your account just now)."
                : session === "signed-out"
                  ? "Kept on this device and in the link below. Nothing is sent to us. Sign in to have it on every device."
                  : ""}
        </p>
        {summary.guides.length === 0 ? (
          <p className="mt-3">Tick at least one app above to see your plan.</p>
        ) : (
          <>
            <p className="mt-3 font-medium" data-testid="plan-total">
              {plural(summary.steps, "step")} in {plural(summary.guides.length, "guide")}, about {summary.minutes} minutes in all.
            </p>
            {summary.setAside.length ? (
              <ul className="mt-1 text-sm text-zinc-700 dark:text-zinc-300" aria-label="Steps set aside">
                {summary.setAside.map((line) => (
                  <li key={line}>{line} (set aside).</li>
                ))}
              </ul>
            ) : null}
            <ol className="mt-4 space-y-2" data-testid="plan-guides">
              {summary.guides.map((g) => (
                <li key={g.slug} className="flex flex-wrap items-baseline justify-between gap-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
                  <Link href={guidePath(g.slug, undefined, locale)} className="font-medium underline">
                    {g.platform}
                  </Link>
                  <span className="text-sm text-zinc-700 dark:text-zinc-300">
                    {g.steps.length ? `${plural(g.steps.length, "step")} · about ${g.minutes} min` : "No step applies where you live"}
                  </span>
                </li>
              ))}
            </ol>
            <div className="mt-4 flex flex-wrap items-center gap-3">
              {start ? (
                <Link href={stepPath(start.guide, start.stepId, locale)} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
                  Start the first step
                </Link>
              ) : null}
              <button type="button" onClick={copyLink} className="rounded-lg border border-zinc-300 px-4 py-2 font-medium dark:border-zinc-700">
                Copy link to this plan
              </button>
              <span role="status" className="text-sm">
                {copied ? "Link copied." : ""}
              </span>
            </div>
            <label className="mt-3 block text-sm">
              <span className="font-medium">Link to this plan</span> (it holds only the apps and the region)
              <input readOnly value={link} data-testid="plan-link" className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" onFocus={(e) => e.target.select()} />
            </label>
          </>
        )}
      </section>
    </div>
  );
}
