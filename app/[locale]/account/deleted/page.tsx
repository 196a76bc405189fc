import type { Metadata } from "next";
import { pageMetadata } from "@/lib/content/seo";
import { NoticePage } from "@/components/ui/NoticePage";

export const metadata: Metadata = pageMetadata("/account/deleted", "Account deleted", "Your Untrain account and everything stored with it are deleted.", { index: false });

export default function AccountDeletedPage() {
  return (
    <NoticePage title="Your account is deleted" link={{ href: "/guides", label: "Back to the guides" }}>
      <p>Your email address, ticks and reminder setting are gone, and you are signed out.</p>
    </NoticePage>
  );
}
