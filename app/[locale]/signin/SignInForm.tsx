"use client";
import { useActionState } from "react";
import { requestSignInLink, type SignInState } from "@/lib/auth/actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  // A permalink, so the server-rendered form has action="/signin", not the invalid action="".
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignInLink, {}, "/signin");
  return (
    <form action={action} className="mt-6 space-y-3" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block font-medium">
          Email
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
          We send you a link to sign in. No password.
        </p>
        {state.error ? (
          <p id="email-error" role="alert" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {state.error}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
