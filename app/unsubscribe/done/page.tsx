import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata("/unsubscribe/done", "Reminders", "Re-check reminders from Untrain.", { index: false });

export default async function UnsubscribeDone({ searchParams }: { searchParams: Promise<{ invalid?: string }> }) {
  const invalid = (await searchParams).invalid;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{invalid ? "This link did not work" : "No more reminders"}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        {invalid
          ? "The unsubscribe link is incomplete or was changed. Sign in and change your reminder on your checklist instead."
          : "You will not get re-check reminders from Untrain any more. Your checklist is still there; you can switch reminders back on from it."}
      </p>
      <p className="mt-4">
        <Link href="/checklist" className="font-medium underline">
          Go to my checklist
        </Link>
      </p>
    </div>
  );
}
