import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { enabledOAuthProviders } from "@/lib/auth/auth-js";
import { currentUserId } from "@/lib/auth/current-user";
import { unlessUnavailable } from "@/lib/db/errors";
import { safeRedirectPath } from "@/lib/http/redirect";
import { SignInForm } from "./SignInForm";
import { signInWithProvider } from "@/lib/auth/actions";
import { pageMetadata } from "@/lib/content/seo";
import { getTranslations } from "next-intl/server";
import { SIGN_IN_PATH } from "@/lib/paths";
import { pageLocale } from "@/lib/i18n/page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return pageMetadata(locale, SIGN_IN_PATH, t("title"), t("description"), { index: false });
}

// A Map, not an object: ?error=__proto__ or =constructor must not find Object.prototype's members.
const ERRORS = new Map<string, "errorVerification" | "errorConfiguration">([
  ["Verification", "errorVerification"],
  ["Configuration", "errorConfiguration"],
]);

export default async function SignInPage({ params: localeParams, searchParams }: Props) {
  const locale = await pageLocale(localeParams);
  const t = await getTranslations({ locale, namespace: "signIn" });
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl);
  // Already signed in: go on. A database outage just shows the form.
  if (typeof (await unlessUnavailable(currentUserId)) === "string") redirect(callbackUrl);
  const providers = enabledOAuthProviders();
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const error = errorCode ? t(ERRORS.get(errorCode) ?? "errorOther") : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {t("intro")}
      </p>
      {error ? (
        <p role="alert" className="mt-4 rounded-lg bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      {providers.length ? (
        <div className="mt-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("orWith")}</p>
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
