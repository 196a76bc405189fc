"use client";
import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/account/actions";

export function DeleteAccountForm() {
  // A permalink, so the server-rendered form has action="/account", not the invalid action="".
  const [state, action, pending] = useActionState(deleteAccountAction, {}, "/account");
  return (
    <form action={action} className="mt-3 space-y-3">
      <div className="flex items-start gap-2">
        <input id="confirm-delete" name="confirm" type="checkbox" value="yes" className="mt-1 h-4 w-4" />
        <label htmlFor="confirm-delete" className="text-sm">
          I understand that my account, my ticks and my reminder setting will be deleted for good.
        </label>
      </div>
      <button type="submit" disabled={pending} className="rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60">
        Delete my account
      </button>
      {state.error ? (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
