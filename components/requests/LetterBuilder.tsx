"use client";
import { useId, useMemo, useState } from "react";
import { letterFor, mailtoHref, type LetterFacts, type LetterKind } from "@/lib/requests/letters";

const LABELS: Record<LetterKind, { open: string; file: string }> = {
  request: { open: "Write the letter", file: "request" },
  "follow-up": { open: "Write the follow-up letter", file: "follow-up" },
  complaint: { open: "Write the complaint", file: "complaint" },
};

/**
 * A letter written in the browser: the reader's name and account address are typed here and only here
 * (the inputs have no name and sit in no form that posts, so they never reach our server, and nothing
 * is stored). Copy, open in the mail app, or download as text.
 */
export function LetterBuilder({ kind, facts, contact, note }: { kind: LetterKind; facts: Omit<LetterFacts, "name" | "accountEmail">; contact?: string; note?: React.ReactNode }) {
  const id = useId();
  const [name, setName] = useState("");
  const [accountEmail, setAccountEmail] = useState("");
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const letter = useMemo(() => letterFor(kind, { ...facts, name, accountEmail }), [kind, facts, name, accountEmail]);
  const text = `Subject: ${letter.subject}\n\n${letter.body}`;
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
      <summary className="cursor-pointer font-medium text-brand-700 underline dark:text-brand-100">{LABELS[kind].open}</summary>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">Your name and address stay in this browser: they are not sent to Untrain or saved.</p>
      {note ? <div className="mt-1 text-zinc-700 dark:text-zinc-300">{note}</div> : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="flex flex-col gap-1">
          Your name
          <input id={`${id}-name`} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
        </label>
        <label className="flex flex-col gap-1">
          The email address of your account
          <input id={`${id}-email`} type="email" autoComplete="email" value={accountEmail} onChange={(e) => setAccountEmail(e.target.value)} className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
        </label>
      </div>
      {/* A label beside the textarea, not around it: wrapped, the letter's text would become part of its name. */}
      <label htmlFor={`${id}-letter`} className="mt-2 block">
        The letter
      </label>
      <textarea id={`${id}-letter`} readOnly value={text} rows={12} className="mt-1 w-full rounded border border-zinc-300 p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => void copy()} className="rounded-lg border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
          Copy the letter
        </button>
        <a href={mailtoHref(contact, letter)} className="underline">
          Open in my mail app
        </a>
        <a href={download} download={`untrain-${LABELS[kind].file}-${facts.platform.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.txt`} className="underline">
          Download as text
        </a>
        <span role="status">{copied === "copied" ? "Copied." : copied === "failed" ? "Your browser did not allow copying: select the text and copy it." : ""}</span>
      </div>
    </details>
  );
}
