import type { Metadata } from "next";
import { pageMetadata } from "@/lib/content/seo";
import { NoticePage } from "@/components/ui/NoticePage";

export const metadata: Metadata = pageMetadata("/signin/check-email", "Check your email", "A sign-in link for Untrain is on its way.", { index: false });

export default function CheckEmailPage() {
  return (
    <NoticePage title="Check your email">
      <p>
        If the address can receive mail, a sign-in link is on its way. Open it on this device to continue. The link works once
        and expires in 24 hours.
      </p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing arrived after a few minutes? Look in your spam folder, or ask for a new link.</p>
    </NoticePage>
  );
}
