"use client";
import { useId, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { letterFor, letterText, mailtoHref, type LetterFacts, type LetterKind } from "@/lib/requests/letters";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

const LABELS = {
  request: { open: "openRequest", file: "request" },
  "follow-up": { open: "openFollowUp", file: "follow-up" },
  complaint: { open: "openComplaint", file: "complaint" },
} as const satisfies Record<LetterKind, { open: string; file: string }>;

/**
 * A letter written in the browser: the reader's name and account address are typed here and only here
 * (the inputs have no name and sit in no form that posts, so they never reach our server, and nothing
 * is stored). Copy, open in the mail app, or download as text. The letter is written in the language the
 * reader picks (the page's by default; every language Untrain speaks, so English is always there).
 */
export function LetterBuilder({ kind, facts, contact, note }: { kind: LetterKind; facts: Omit<LetterFacts, "name" | "accountEmail">; contact?: string; note?: React.ReactNode }) {
  const id = useId();
  const t = useTranslations("client.letters");
  const [language, setLanguage] = useState<Locale>(useLocale());
  const [name, setName] = useState("");
  const [accountEmail, setAccountEmail] = useState("");
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const letter = useMemo(() => letterFor(kind, { ...facts, name, accountEmail }, language), [kind, facts, name, accountEmail, language]);
  const text = letterText(letter, language);
  const download = useMemo(() => `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`, [text]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <details className="letter mt-2 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
      <summary className="cursor-pointer font-medium text-brand-700 underline dark:text-brand-100">{t(LABELS[kind].open)}</summary>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t("staysHere")}</p>
      {note ? <div className="mt-1 text-zinc-700 dark:text-zinc-300">{note}</div> : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="flex flex-col gap-1 sm:col-span-2">
          {t("language")}
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value as Locale)} aria-describedby={`${id}-language-hint`} className="rounded border border-zinc-300 px-2 py-1 sm:w-60 dark:border-zinc-700 dark:bg-zinc-900">
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
          <span id={`${id}-language-hint`} className="text-xs text-zinc-700 dark:text-zinc-300">
            {t("languageHint")}
          </span>
        </label>
        <label className="flex flex-col gap-1">
          {t("name")}
          <input id={`${id}-name`} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
        </label>
        <label className="flex flex-col gap-1">
          {t("email")}
          <input id={`${id}-email`} type="email" autoComplete="email" value={accountEmail} onChange={(e) => setAccountEmail(e.target.value)} className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
        </label>
      </div>
      {/* A label beside the textarea, not around it: wrapped, the letter's text would become part of its name. */}
      <label htmlFor={`${id}-letter`} className="mt-2 block">
        {t("letter")}
      </label>
      <textarea id={`${id}-letter`} lang={language} readOnly value={text} rows={12} className="mt-1 w-full rounded border border-zinc-300 p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => void copy()} className="rounded-lg border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
          {t("copy")}
        </button>
        <a href={mailtoHref(contact, letter)} className="underline">
          {t("mailApp")}
        </a>
        <a href={download} download={`untrain-${LABELS[kind].file}-${facts.platform.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.txt`} className="underline">
          {t("download")}
        </a>
        <span role="status">{copied === "copied" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}</span>
      </div>
    </details>
  );
}
