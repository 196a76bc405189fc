"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { deleteAccountAction } from "@/lib/account/actions";
import { ACCOUNT_PATH, localePath } from "@/lib/paths";
import { forgetPageSessions } from "@/lib/auth/page-session";

export function DeleteAccountForm() {
  const t = useTranslations("client.deleteAccount");
  // A permalink, so the server-rendered form has action="/account" (or "/de/account"), not the invalid action="".
  const locale = useLocale();
  const [state, action, pending] = useActionState(deleteAccountAction, {}, localePath(locale, ACCOUNT_PATH));
  return (
    <form action={action} onSubmit={forgetPageSessions} className="mt-3 space-y-3">
      {/* The language of this page: the action lands on /<locale>/account/deleted. */}
      <input type="hidden" name="locale" value={locale} />
      <div className="flex items-start gap-2">
        <input id="confirm-delete" name="confirm" type="checkbox" value="yes" className="mt-1 h-4 w-4" />
        <label htmlFor="confirm-delete" className="text-sm">
          {t("confirm")}
        </label>
      </div>
      <button type="submit" disabled={pending} className="rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60">
        {t("submit")}
      </button>
      {state.error ? (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
