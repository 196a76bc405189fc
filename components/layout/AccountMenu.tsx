"use client";
/**
 * The account corner of the header. It loads the session after hydration so that guide pages stay
 * static; without JavaScript it is a plain "Sign in" link.
 */
import Link from "next/link";
import { useEffect, useState } from "react";
import { signOutAction } from "@/lib/account/actions";
import { pageSession } from "@/lib/auth/page-session";

type SessionUser = { email: string | null; name: string | null };

export function AccountMenu() {
  // undefined: not known yet; "unknown": the server could not tell (database down), which is not "signed out".
  const [user, setUser] = useState<SessionUser | null | "unknown" | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void pageSession().then((session) => {
      if (live) setUser(session.status === "signed-in" ? session.user : session.status === "signed-out" ? null : "unknown");
    });
    return () => {
      live = false;
    };
  }, []);

  if (user === "unknown") {
    return (
      <Link href="/account" prefetch={false} className="rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
        My account
      </Link>
    );
  }
  if (!user) {
    return (
      <Link href="/signin" prefetch={false} className="rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/account" prefetch={false} className="max-w-[14rem] truncate hover:underline" title="Your account">
        <span className="sr-only">Signed in as </span>
        {user.email}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
          Sign out
        </button>
      </form>
    </div>
  );
}
