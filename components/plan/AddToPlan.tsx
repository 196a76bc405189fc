"use client";
/**
 * "Add to my plan" / "In your plan" on a guide page. The plan on this device and, signed in, the
 * account's plan from the page's one GET /api/me are the source of the label (no extra request);
 * adding also merges the guide into the account's plan when the reader is signed in (a union, like
 * every plan merge). Without JavaScript it is a link to /plan.
 */
import { useLocale, useTranslations } from "next-intl";
import { PLAN_PATH, localePath } from "@/lib/paths";
import Link from "next/link";
import { useEffect, useState, useSyncExternalStore } from "react";
import { ANY_GUIDE, readLocalPlan, writeLocalPlan } from "@/lib/plan/local";
import { sendPlan } from "@/lib/plan/client";
import { PLAN_KEY } from "@/lib/plan/rules";
import { pageSession, updateSessionPlan } from "@/lib/auth/page-session";

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === PLAN_KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function storedPlan(): string | null {
  return localStorage.getItem(PLAN_KEY) ?? "";
}

export function AddToPlan({ guide, platform }: { guide: string; platform: string }) {
  const locale = useLocale();
  const t = useTranslations("client.addToPlan");
  const stored = useSyncExternalStore(subscribe, storedPlan, () => null);
  const [inAccountPlan, setInAccountPlan] = useState(false);
  const inPlan = stored === null ? null : inAccountPlan || (readLocalPlan(ANY_GUIDE)?.guides.includes(guide) ?? false);
  const [note, setNote] = useState("");

  useEffect(() => {
    let live = true;
    void pageSession().then((s) => {
      if (live && s.status === "signed-in") setInAccountPlan(!!s.plan?.guides.includes(guide));
    });
    return () => {
      live = false;
    };
  }, [guide]);

  async function add() {
    const current = readLocalPlan(ANY_GUIDE) ?? { guides: [], region: null };
    writeLocalPlan({ ...current, guides: [...new Set([...current.guides, guide])] });
    for (const listener of listeners) listener();
    if ((await pageSession()).status !== "signed-in") return setNote(t("inPlanDevice", { platform }));
    const saved = await sendPlan("POST", "/api/plan/merge", { guides: [guide], region: null });
    if (saved) updateSessionPlan(saved);
    setNote(saved ? t("inPlan", { platform }) : t("addedDevice"));
  }

  return (
    <div className="no-print mt-3 flex flex-wrap items-center gap-3 text-sm">
      {inPlan ? (
        <Link href={localePath(locale, PLAN_PATH)} prefetch={false} className="rounded-md border border-brand-700 px-3 py-1 font-medium text-brand-800 dark:border-brand-100 dark:text-brand-100">
          {t("inYourPlan")}
        </Link>
      ) : inPlan === false ? (
        <button type="button" onClick={() => void add()} className="rounded-md border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
          {t("add")}
        </button>
      ) : (
        <Link href={localePath(locale, PLAN_PATH)} prefetch={false} className="underline">
          {t("make")}
        </Link>
      )}
      <span role="status">{note}</span>
    </div>
  );
}
