import type { Metadata } from "next";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { NoticePage } from "@/components/ui/NoticePage";
import { EMAIL_CALLBACK_PATH, readConfirmation } from "@/lib/auth/sign-in-confirm";
import { DevicePlanField } from "@/components/plan/DevicePlanField";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/signin/confirm", "Sign in", "Confirm signing in to Untrain.", { index: false });
}

/**
 * Where the sign-in mail's link lands. Opening it changes nothing (mail scanners open every link);
 * the button's POST signs in (lib/sign-in-confirm.ts). It works without JavaScript.
 */
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const confirmation = readConfirmation({ get: (name) => params[name] });
  if (!confirmation) {
    return (
      <NoticePage title="This sign-in link is incomplete" link={{ href: "/signin", label: "Ask for a new sign-in link" }}>
        <p>Part of the link seems to be missing. Copy the whole link from the mail, or ask for a new one.</p>
      </NoticePage>
    );
  }
  return (
    <NoticePage title="Sign in to Untrain">
      <p>
        One more step, so that a program that checks links in your mail cannot use this link up: press the button to sign
        in.
      </p>
      <form method="post" action={EMAIL_CALLBACK_PATH}>
        <input type="hidden" name="token" value={confirmation.token} />
        <input type="hidden" name="email" value={confirmation.email} />
        {confirmation.callbackUrl ? <input type="hidden" name="callbackUrl" value={confirmation.callbackUrl} /> : null}
        <DevicePlanField />
        {/* One focused button: Enter signs in, as one click on the link used to. */}
        <button type="submit" autoFocus className="mt-2 rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {`Sign in as ${confirmation.email}`}
        </button>
      </form>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Did not ask to sign in? Close this page: nothing happens.</p>
    </NoticePage>
  );
}
