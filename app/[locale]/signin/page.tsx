import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { enabledOAuthProviders } from "@/lib/auth/auth-js";
import { currentUserId } from "@/lib/auth/current-user";
import { unlessUnavailable } from "@/lib/db/errors";
import { safeRedirectPath } from "@/lib/http/redirect";
import { SignInForm } from "./SignInForm";
import { signInWithProvider } from "@/lib/auth/actions";
import { pageMetadata } from "@/lib/content/seo";

export const metadata: Metadata = pageMetadata("/signin", "Sign in", "Sign in to Untrain with a link by email to keep your checklist across devices.", { index: false });

// A Map, not an object: ?error=__proto__ or =constructor must not find Object.prototype's members.
const ERRORS = new Map<string, string>([
  ["Verification", "That sign-in link has expired or was already used. Ask for a new one below."],
  ["Configuration", "Sign-in is not working on the server right now. Please try again later."],
]);

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl);
  // Already signed in: go on. A database outage just shows the form.
  if (typeof (await unlessUnavailable(currentUserId)) === "string") redirect(callbackUrl);
  const providers = enabledOAuthProviders();
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const error = errorCode ? (ERRORS.get(errorCode) ?? "Sign-in did not work. Please try again.") : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        Signing in keeps your checklist across devices. We store your email address and the steps you tick, nothing else.
      </p>
      {error ? (
        <p role="alert" className="mt-4 rounded-lg bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      {providers.length ? (
        <div className="mt-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Or sign in with</p>
          <div className="mt-2 flex gap-2">
            {providers.map((p) => (
              <form key={p.id} action={signInWithProvider}>
                <input type="hidden" name="provider" value={p.id} />
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <button type="submit" className="rounded-lg border border-zinc-300 px-4 py-2 dark:border-zinc-700">
                  {p.name}
                </button>
              </form>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
