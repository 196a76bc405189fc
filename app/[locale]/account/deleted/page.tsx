import type { Metadata } from "next";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { NoticePage } from "@/components/ui/NoticePage";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/account/deleted", "Account deleted", "Your Untrain account and everything stored with it are deleted.", { index: false });
}

export default function AccountDeletedPage() {
  return (
    <NoticePage title="Your account is deleted" link={{ href: "/guides", label: "Back to the guides" }}>
      <p>Your email address, ticks and reminder setting are gone, and you are signed out.</p>
    </NoticePage>
  );
}
