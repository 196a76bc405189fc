"use client";
import { useActionState } from "react";
import { usePathname } from "next/navigation";
import { useLocale } from "next-intl";
import type { ActionState } from "@/lib/http/action";

/** A small form bound to a server action, announcing its result. */
export function ActionForm({
  action,
  children,
  submitLabel,
  className,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  children?: React.ReactNode;
  submitLabel: string;
  className?: string;
}) {
  // The permalink gives the server-rendered form a real action (the page's path) instead of action="",
  // which HTML does not allow; without JavaScript the form posts there, as before.
  const [state, formAction, pending] = useActionState(action, {}, usePathname());
  const locale = useLocale();
  return (
    <form action={formAction} className={className ?? "flex flex-wrap items-center gap-2"}>
      {/* The page's language: the action answers in it (withForm reads it with formLocale, lib/http/action.ts). */}
      <input type="hidden" name="locale" value={locale} />
      {children}
      <button type="submit" disabled={pending} className="rounded-lg border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-900">
        {submitLabel}
      </button>
      <span role="status" className={`text-sm ${state.error ? "text-red-700 dark:text-red-400" : "text-zinc-700 dark:text-zinc-300"}`}>
        {state.error ?? state.ok ?? ""}
      </span>
    </form>
  );
}
