"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { requestSignInLink, type SignInState } from "@/lib/auth/actions";
import { SIGN_IN_PATH, localePath } from "@/lib/paths";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("client.signInForm");
  const locale = useLocale();
  // A permalink, so the server-rendered form has action="/signin" (or "/de/signin"), not the invalid action="".
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignInLink, {}, localePath(locale, SIGN_IN_PATH));
  return (
    <form action={action} className="mt-6 space-y-3" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {/* The mail is written in the language of this page (lib/auth/mail-locale.ts). */}
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "email-error" : "email-hint"}
          className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
        <p id="email-hint" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {t("hint")}
        </p>
        {state.error ? (
          <p id="email-error" role="alert" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {state.error}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
