import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata("/signin/check-email", "Check your email", "A sign-in link for Untrain is on its way.", { index: false });

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Check your email</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        If the address can receive mail, a sign-in link is on its way. Open it on this device to continue. The link works once
        and expires in 24 hours.
      </p>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">Nothing arrived after a few minutes? Look in your spam folder, or ask for a new link.</p>
    </div>
  );
}
