import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata("/account/deleted", "Account deleted", "Your Untrain account and everything stored with it are deleted.", { index: false });

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Your account is deleted</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">Your email address, ticks and reminder setting are gone, and you are signed out.</p>
      <p className="mt-4">
        <Link href="/guides" className="font-medium underline">
          Back to the guides
        </Link>
      </p>
    </div>
  );
}
