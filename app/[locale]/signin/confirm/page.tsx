import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SIGN_IN_CONFIRM_PATH, SIGN_IN_PATH, localePath } from "@/lib/paths";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { NoticePage } from "@/components/ui/NoticePage";
import { EMAIL_CALLBACK_PATH, readConfirmation } from "@/lib/auth/sign-in-confirm";
import { DevicePlanField } from "@/components/plan/DevicePlanField";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return pageMetadata(locale, SIGN_IN_CONFIRM_PATH, t("title"), t("confirmDescription"), { index: false });
}

/**
 * Where the sign-in mail's link lands. Opening it changes nothing (mail scanners open every link);
 * the button's POST signs in (lib/auth/sign-in-confirm.ts). It works without JavaScript.
 */
export default async function ConfirmSignInPage({ params: localeParams, searchParams }: Props) {
  const locale = await pageLocale(localeParams);
  const t = await getTranslations({ locale, namespace: "signIn" });
  const params = await searchParams;
  const confirmation = readConfirmation({ get: (name) => params[name] });
  if (!confirmation) {
    return (
      <NoticePage title={t("incompleteTitle")} link={{ href: localePath(locale, SIGN_IN_PATH), label: t("askNew") }}>
        <p>{t("incompleteText")}</p>
      </NoticePage>
    );
  }
  return (
    <NoticePage title={t("confirmTitle")}>
      <p>{t("confirmText")}</p>
      <form method="post" action={EMAIL_CALLBACK_PATH}>
        <input type="hidden" name="token" value={confirmation.token} />
        <input type="hidden" name="email" value={confirmation.email} />
        <input type="hidden" name="locale" value={locale} />
        {confirmation.callbackUrl ? <input type="hidden" name="callbackUrl" value={confirmation.callbackUrl} /> : null}
        <DevicePlanField />
        {/* One focused button: Enter signs in, as one click on the link used to. */}
        <button type="submit" autoFocus className="mt-2 rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("signInAs", { email: confirmation.email })}
        </button>
      </form>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("notYou")}</p>
    </NoticePage>
  );
}
