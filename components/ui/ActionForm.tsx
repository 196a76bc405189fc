"use client";
import { useActionState } from "react";
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
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className={className ?? "flex flex-wrap items-center gap-2"}>
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
