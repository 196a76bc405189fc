"use client";
/**
 * "This step is out of date": a short form under each step. With JavaScript it posts JSON and
 * answers in place; without, it is a plain form post that lands on /report.
 */
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";

const MAX = 1000;

export function ReportStep({ guide, stepId, stepTitle }: { guide: string; stepId: string; stepTitle: string }) {
  const locale = useLocale();
  const t = useTranslations("client.report");
  const [status, setStatus] = useState<{ kind: "idle" | "sending" | "sent" | "error"; text?: string }>({ kind: "idle" });
  const fieldId = `report-${stepId}`;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = String(new FormData(event.currentTarget).get("message") ?? "");
    setStatus({ kind: "sending" });
    try {
      const res = await fetch("/api/reports", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ guide, stepId, message }) });
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      if (res.ok) setStatus({ kind: "sent", text: t("thanks") });
      else setStatus({ kind: "error", text: body.error ?? t("failed") });
    } catch {
      setStatus({ kind: "error", text: t("offline") });
    }
  }

  return (
    <details className="no-print mt-3 text-sm">
      <summary className="cursor-pointer text-zinc-600 hover:underline dark:text-zinc-400">{t("summary")}</summary>
      {status.kind === "sent" ? (
        <p role="status" className="mt-2 font-medium text-emerald-800 dark:text-emerald-300">
          {status.text}
        </p>
      ) : (
        <form method="post" action="/api/reports" onSubmit={submit} className="mt-2 space-y-2">
          <input type="hidden" name="guide" value={guide} />
          <input type="hidden" name="stepId" value={stepId} />
          {/* Without JavaScript the answer page opens in this page's language. */}
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor={fieldId} className="block font-medium">
            {t("label")}
            <span className="sr-only"> {t("labelStep", { title: stepTitle })}</span>
          </label>
          <textarea
            id={fieldId}
            name="message"
            rows={3}
            aria-describedby={`${fieldId}-hint${status.kind === "error" ? ` ${fieldId}-error` : ""}`}
            aria-invalid={status.kind === "error" ? true : undefined}
            className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          />
          <p id={`${fieldId}-hint`} className="text-zinc-600 dark:text-zinc-400">
            {t("hint", { max: MAX })}
          </p>
          <button type="submit" disabled={status.kind === "sending"} className="rounded-lg border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
            {status.kind === "sending" ? t("sending") : t("send")}
          </button>
          {status.kind === "error" ? (
            <p id={`${fieldId}-error`} role="alert" className="font-medium text-red-700 dark:text-red-400">
              {status.text}
            </p>
          ) : null}
        </form>
      )}
    </details>
  );
}
