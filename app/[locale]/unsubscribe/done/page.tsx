import type { Metadata } from "next";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { NoticePage } from "@/components/ui/NoticePage";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/unsubscribe/done", "Reminders", "Re-check reminders from Untrain.", { index: false });
}

export default async function UnsubscribeDone({ searchParams }: { searchParams: Promise<{ invalid?: string }> }) {
  const invalid = (await searchParams).invalid;
  return (
    <NoticePage title={invalid ? "This link did not work" : "No more reminders"} link={{ href: "/checklist", label: "Go to my checklist" }}>
      <p>
        {invalid
          ? "The unsubscribe link is incomplete, was changed or has expired. Sign in and change your reminder on your checklist instead."
          : "You will not get re-check reminders from Untrain any more. Your checklist is still there; you can switch reminders back on from it."}
      </p>
    </NoticePage>
  );
}
