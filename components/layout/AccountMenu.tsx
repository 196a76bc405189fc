"use client";
/**
 * The account corner of the header. It loads the session after hydration so that guide pages stay
 * static; without JavaScript it is a plain "Sign in" link.
 */
import Link from "next/link";
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ACCOUNT_PATH, SIGN_IN_PATH, localePath } from "@/lib/paths";
import { signOutAction } from "@/lib/account/actions";
import { forgetPageSessions, pageSession } from "@/lib/auth/page-session";
import { usePathname } from "next/navigation";

type SessionUser = { email: string | null; name: string | null };

export function AccountMenu() {
  const t = useTranslations("client.accountMenu");
  const locale = useLocale();
  // undefined: not known yet; "unknown": the server could not tell (database down), which is not "signed out".
  const [user, setUser] = useState<SessionUser | null | "unknown" | undefined>(undefined);
  // Asked again on each page reached without a reload: after signing out (or deleting the account) the
  // answer kept for the page load is forgotten, and this corner must not go on showing the old account.
  const pathname = usePathname();

  useEffect(() => {
    let live = true;
    void pageSession().then((session) => {
      if (live) setUser(session.status === "signed-in" ? session.user : session.status === "signed-out" ? null : "unknown");
    });
    return () => {
      live = false;
    };
  }, [pathname]);

  if (user === "unknown") {
    return (
      <Link href={localePath(locale, ACCOUNT_PATH)} prefetch={false} className="rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
        {t("account")}
      </Link>
    );
  }
  if (!user) {
    return (
      <Link href={localePath(locale, SIGN_IN_PATH)} prefetch={false} className="rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href={localePath(locale, ACCOUNT_PATH)} prefetch={false} className="max-w-[14rem] truncate hover:underline" title={t("yourAccount")}>
        <span className="sr-only">{t("signedInAs")} </span>
        {user.email}
      </Link>
      <form action={signOutAction} onSubmit={forgetPageSessions}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded-md border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
