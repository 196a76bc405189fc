"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import Link from "next/link";
import type { Category } from "@/lib/content/constants";
import { firstStep, PLAN_REGIONS, planQuery, readPlanQuery, regionSync, summarizePlan, type Plan, type PlanGuide, type PlanRegion } from "@/lib/plan/rules";
import { formatOrList } from "@/lib/i18n/lists";
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


/**
 * The plan builder: choose apps and region, see the ordered plan; kept on the device and in the link, or on the account.
 * `site` is SITE_URL (the page passes it): the shared link is built on it and the paths module, in the page's language.
 */
export function PlanBuilder({ groups, guides, site }: { groups: Group[]; guides: PlanGuide[]; site: string }) {
  const locale = useLocale();
  const t = useTranslations("client.planBuilder");
  const labels = useTranslations("client.labels");
  const planPath = localePath(locale, PLAN_PATH);
  const known = useMemo(() => new Set(guides.map((g) => g.slug)), [guides]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [filter, setFilter] = useState("");
  const [session, setSession] = useState<Session>("loading");
  const [saveStatus, setSaveStatus] = useState<SaveStatus>("");
  const [copied, setCopied] = useState(false);
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
    // A one-time sync from outside React (the link, localStorage) after hydration.
    /* eslint-disable react-hooks/set-state-in-effect */
    setChosen(incoming.guides);
    /* eslint-enable react-hooks/set-state-in-effect */
    if (!fromUrl && incoming.guides.length) replaceUrl(`${planPath}${planQuery({ ...incoming, region: regionNow })}`);
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
      replaceUrl(planPath);
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
  const link = `${site}${planPath}${planQuery(plan)}`;
  const setAside = summary.setAside;

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
    replaceUrl(planPath);
    setSaveStatus("saved");
  }

  function showOwnPlan() {
    setShared(null);
    setChosen(account?.guides ?? []);
    replaceUrl(planPath);
  }

  function persist(next: Plan) {
    if (shared) {
      // Still only the shared plan being looked at: the link changes, the account does not.
      setShared({ region: next.region });
      replaceUrl(`${planPath}${planQuery(next)}`);
      return;
    }
    if (session === "signed-in") {
      void saveToAccount(next);
      return;
    }
    writeLocalPlan(next);
    replaceUrl(`${planPath}${planQuery(next)}`);
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
            {t("sharedTitle")}
          </h2>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            {t("sharedText", { count: account?.guides.length ?? 0 })}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" onClick={() => void addShared()} disabled={saveStatus === "saving"} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              {t("addShared")}
            </button>
            <button type="button" onClick={showOwnPlan} className="rounded-lg border border-zinc-300 px-4 py-2 font-medium dark:border-zinc-700">
              {t("showOwn")}
            </button>
          </div>
          {saveStatus === "not-saved" ? (
            <p role="alert" className="mt-2 text-sm">
              {t("notAdded")}
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="plan-apps-heading">
        <h2 id="plan-apps-heading" className="text-xl font-semibold">
          {t("appsHeading")}
        </h2>
        <label htmlFor={filterId} className="mt-3 block text-sm font-medium">
          {t("filterLabel")}
        </label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={t("filterPlaceholder")}
          className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
        {shown.length === 0 ? <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t("noMatch", { filter })}</p> : null}
        {shown.map((group) => (
          <fieldset key={group.category} className="mt-4">
            <legend className="font-medium">{group.label}</legend>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2">
              {group.guides.map((c) => (
                <li key={c.slug}>
                  <label className="flex cursor-pointer items-center gap-2 rounded-lg border border-zinc-200 px-3 py-2 dark:border-zinc-800">
                    <input type="checkbox" name="guide" value={c.slug} checked={chosen.includes(c.slug)} onChange={(e) => toggle(c.slug, e.target.checked)} className="size-4" />
                    <span>{c.platform}</span>
                    {c.popular ? <span className="ml-auto text-xs text-zinc-700 dark:text-zinc-300">{t("popular")}</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="plan-region-heading">
        <h2 id="plan-region-heading" className="text-xl font-semibold">
          {t("regionHeading")}
        </h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t("regionWhy")}</p>
        <fieldset className="mt-3">
          <legend className="sr-only">{t("regionLegend")}</legend>
          <ul className="space-y-2">
            {PLAN_REGIONS.map((r) => (
              <li key={r}>
                <label className="flex cursor-pointer items-start gap-2">
                  <input type="radio" name="region" value={r} checked={region === r} onChange={() => chooseRegion(r)} className="mt-1 size-4" />
                  <span>
                    <span className="font-medium">{labels(`region.${r}`)}</span>
                    <span className="block text-sm text-zinc-700 dark:text-zinc-300">{labels(`regionLiveHere.${r}`)}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </section>

      <section aria-labelledby="plan-heading" data-testid="plan">
        <h2 id="plan-heading" className="text-xl font-semibold">
          {t("planHeading")}
        </h2>
        <p role="status" className="mt-1 min-h-5 text-sm text-zinc-700 dark:text-zinc-300">
          {shared
            ? t("statusShared")
            : session === "signed-in"
              ? saveStatus === "saving"
                ? t("statusSaving")
                : saveStatus === "not-saved"
                  ? t("statusNotSaved")
                  : t("statusSaved")
              : session === "unavailable"
                ? t("statusUnavailable")
                : session === "signed-out"
                  ? t("statusSignedOut")
                  : ""}
        </p>
        {summary.guides.length === 0 ? (
          <p className="mt-3">{t("empty")}</p>
        ) : (
          <>
            <p className="mt-3 font-medium" data-testid="plan-total">
              {t("total", { steps: summary.steps, guides: summary.guides.length, minutes: summary.minutes })}
            </p>
            {setAside.length ? (
              <ul className="mt-1 text-sm text-zinc-700 dark:text-zinc-300" aria-label={t("setAsideLabel")}>
                {setAside.map(({ regions, count }) => (
                  <li key={regions.join()}>{t("setAside", { count, regions: formatOrList(regions.map((r) => labels(`region.${r}`)), locale) })}</li>
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
                    {g.steps.length ? t("guideSteps", { steps: g.steps.length, minutes: g.minutes }) : t("noStepHere")}
                  </span>
                </li>
              ))}
            </ol>
            <div className="mt-4 flex flex-wrap items-center gap-3">
              {start ? (
                <Link href={stepPath(start.guide, start.stepId, locale)} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
                  {t("start")}
                </Link>
              ) : null}
              <button type="button" onClick={copyLink} className="rounded-lg border border-zinc-300 px-4 py-2 font-medium dark:border-zinc-700">
                {t("copyLink")}
              </button>
              <span role="status" className="text-sm">
                {copied ? t("copied") : ""}
              </span>
            </div>
            <label className="mt-3 block text-sm">
              {t.rich("linkLabel", { strong: (chunks) => <span className="font-medium">{chunks}</span> })}
              <input readOnly value={link} data-testid="plan-link" className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" onFocus={(e) => e.target.select()} />
            </label>
          </>
        )}
      </section>
    </div>
  );
}
