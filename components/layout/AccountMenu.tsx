"use client";
/**
 * The account corner of the header. It loads the session after hydration so that guide pages stay
 * static; without JavaScript it is a plain "Sign in" link.
 */
import Link from "next/link";
import { useEffect, useState } from "react";
import { signOut } from "next-auth/react";

type SessionUser = { email: string; name?: string | null };

export function AccountMenu() {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { user?: SessionUser } | null) => live && setUser(s?.user ?? null))
      .catch(() => live && setUser(null));
    return () => {
      live = false;
    };
  }, []);

  if (!user) {
    return (
      <Link href="/signin" className="rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/account" className="max-w-[14rem] truncate hover:underline" title="Your account">
        <span className="sr-only">Signed in as </span>
        {user.email}
      </Link>
      <button
        type="button"
        onClick={() => signOut({ redirectTo: "/" })}
        className="rounded-md border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
      >
        Sign out
      </button>
    </div>
  );
}
