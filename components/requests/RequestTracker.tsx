"use client";
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { pageSession } from "@/lib/auth/page-session";
import { readReaderRegion } from "@/lib/plan/region-store";
import { dueDate, timing } from "@/lib/requests/deadlines";
import { localDueLine, localSentLine, localStateLine, type RequestFacts } from "@/lib/requests/describe";
import { applicableLaw, US_STATES } from "@/lib/requests/laws";
import { LOCAL_REQUESTS_KEY, withLocalRequest, withoutLocalRequest } from "@/lib/requests/local";
import { mergeDeviceRequests, readLocal } from "@/lib/requests/device";
import { pageLocaleHeader } from "@/lib/i18n/request-locale";
import type { LetterFacts } from "@/lib/requests/letters";
import { MAX_REFERENCE_LENGTH, REQUEST_CHANNELS, type RequestChannel, type RequestRight } from "@/lib/requests/vocabulary";
import { CHECKLIST_PATH, localePath, RIGHTS_PATH } from "@/lib/paths";
import { LetterBuilder } from "./LetterBuilder";

type Props = { guide: string; stepId: string; title: string; platform: string; company: string; right: RequestRight; channel: RequestChannel; contact?: string };
type Mode = "loading" | "signed-in" | "device" | "unavailable";
type Tracked = RequestFacts & { dueOn: string | null };

/** The reader's today as a calendar date, in their own time zone. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** What a request tracked on this device looks like, with the due date the reader's region gives. */
function deviceView(right: RequestRight, sentOn: string, channel: RequestChannel, reference: string | null, reader: string | null, usState: string | null, extended = false): Tracked {
  const law = applicableLaw(reader, usState);
  const due = dueDate({ law, right, sentOn, extended });
  return { sentOn, channel, reference, law, extended, state: "sent", outcome: null, answeredOn: null, dueOn: due, timing: timing(due, localToday()) };
}

/**
 * "I sent it" on an objection or data request step: the date, how it was sent and the company's reference,
 * then the due date the law of the reader's region gives. Signed in it is saved to the account; signed out
 * it stays on this device and joins the account at sign-in. Ticking "Done" stays possible without tracking.
 */
export function RequestTracker(props: Props) {
  const locale = useLocale();
  const t = useTranslations("client.requestTracker");
  const words = useTranslations("client.requests");
  const [mode, setMode] = useState<Mode>("loading");
  const [tracked, setTracked] = useState<Tracked | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState("");
  const [region, setRegion] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const session = await pageSession();
      if (!alive) return;
      if (session.status === "signed-in") {
        await mergeDeviceRequests();
        const res = await fetch("/api/requests", { cache: "no-store", headers: pageLocaleHeader() }).catch(() => null);
        if (!alive) return;
        if (!res?.ok) return setMode("unavailable");
        const { requests } = (await res.json()) as { requests: (Tracked & { guide: string; stepId: string })[] };
        setTracked(requests.find((r) => r.guide === props.guide && r.stepId === props.stepId) ?? null);
        setRegion(session.plan?.region ?? readReaderRegion());
        setMode("signed-in");
      } else {
        const local = readLocal().find((r) => r.guide === props.guide && r.stepId === props.stepId);
        const reader = readReaderRegion();
        setRegion(reader);
        setTracked(local ? deviceView(props.right, local.sentOn, local.channel, local.reference ?? null, reader, null, !!local.extended) : null);
        setMode(session.status === "signed-out" ? "device" : "unavailable");
      }
    })();
    return () => {
      alive = false;
    };
  }, [props.guide, props.stepId, props.right]);


  async function submit(form: FormData) {
    setError("");
    const sentOn = String(form.get("sentOn") ?? "");
    const channel = String(form.get("channel") ?? "") as RequestChannel;
    const reference = String(form.get("reference") ?? "").trim();
    const usState = form.get("usState") ? String(form.get("usState")) : null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(sentOn)) return setError(t("chooseDate"));
    if (sentOn > localToday()) return setError(t("futureDate"));
    if (mode === "signed-in") {
      const res = await fetch("/api/requests", {
        method: "POST",
        headers: { "Content-Type": "application/json", ...pageLocaleHeader() },
        body: JSON.stringify({ guide: props.guide, stepId: props.stepId, sentOn, channel, ...(reference ? { reference } : {}), ...(usState ? { usState, region: "US" } : {}) }),
      }).catch(() => null);
      if (!res) return setError(t("unreachableSave"));
      const body = (await res.json().catch(() => ({}))) as { request?: Tracked; error?: string };
      if (!res.ok || !body.request) return setError(body.error ?? t("notSaved"));
      setTracked(body.request);
    } else {
      localStorage.setItem(LOCAL_REQUESTS_KEY, JSON.stringify(withLocalRequest(readLocal(), { guide: props.guide, stepId: props.stepId, sentOn, channel, ...(reference ? { reference } : {}) })));
      setTracked(deviceView(props.right, sentOn, channel, reference || null, region, usState));
    }
    setOpen(false);
  }

  async function stop() {
    if (mode === "signed-in") {
      const res = await fetch("/api/requests", { method: "DELETE", headers: { "Content-Type": "application/json", ...pageLocaleHeader() }, body: JSON.stringify({ guide: props.guide, stepId: props.stepId }) }).catch(() => null);
      if (!res?.ok) return setError(t("unreachableChange"));
    } else {
      localStorage.setItem(LOCAL_REQUESTS_KEY, JSON.stringify(withoutLocalRequest(readLocal(), props.guide, props.stepId)));
    }
    setTracked(null);
  }

  if (mode === "loading") return null;
  const letterFacts: Omit<LetterFacts, "name" | "accountEmail"> = {
    company: props.company,
    platform: props.platform,
    right: props.right,
    law: applicableLaw(region, null),
  };
  return (
    <section className="request-tracker no-print mt-3 rounded-lg bg-amber-50 p-3 text-sm dark:bg-amber-950/40" aria-label={t("trackingLabel", { title: props.title })}>
      {props.channel === "email" || props.channel === "post" ? <LetterBuilder kind="request" facts={letterFacts} contact={props.contact} /> : null}
      {tracked ? (
        <div data-testid="request-status">
          <p className="font-medium">{localSentLine(words, locale, tracked)}</p>
          {tracked.state === "sent" ? <p>{localDueLine(words, locale, tracked)}</p> : null}
          <p>{localStateLine(words, locale, tracked)}</p>
          <p className="mt-1 flex flex-wrap gap-3">
            {mode === "signed-in" ? (
              <a href={`${localePath(locale, CHECKLIST_PATH)}#requests`} className="underline">
                {t("followInChecklist")}
              </a>
            ) : (
              <span>{t("keptOnDevice")}</span>
            )}
            <a href={localePath(locale, RIGHTS_PATH)} className="underline">
              {t("howCounted")}
            </a>
            <button type="button" onClick={() => void stop()} className="underline">
              {t("stop")}
            </button>
          </p>
        </div>
      ) : open ? (
        <form action={(form) => void submit(form)} className="grid gap-2 sm:grid-cols-2">
          <label className="flex flex-col gap-1">
            {t("sentOnLabel")}
            <input type="date" name="sentOn" required defaultValue={localToday()} max={localToday()} className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
          </label>
          <label className="flex flex-col gap-1">
            {t("howLabel")}
            <select name="channel" defaultValue={props.channel} className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
              {REQUEST_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {words(`channel.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            {t("referenceLabel")}
            <input name="reference" maxLength={MAX_REFERENCE_LENGTH} className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
          </label>
          {region === "US" ? (
            <label className="flex flex-col gap-1">
              {t("stateLabel")}
              <select name="usState" defaultValue="other" className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
                {US_STATES.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <div className="flex items-end gap-2">
            <button type="submit" className="rounded-lg bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
              {t("save")}
            </button>
            <button type="button" onClick={() => setOpen(false)} className="underline">
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <p className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={() => setOpen(true)} className="rounded-lg border border-amber-700 px-3 py-1 font-medium text-amber-950 hover:bg-amber-100 dark:text-amber-100 dark:hover:bg-amber-900">
            {t("iSentIt")}
          </button>
          <span>{t("owes", { device: mode === "device" ? "yes" : "no" })}</span>
        </p>
      )}
      {error ? (
        <p role="alert" className="mt-1 text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </section>
  );
}
