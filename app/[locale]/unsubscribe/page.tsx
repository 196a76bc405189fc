import type { Metadata } from "next";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { NoticePage } from "@/components/ui/NoticePage";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/unsubscribe", "Stop reminders", "Stop re-check reminders from Untrain.", { index: false });
}

/** The link in a reminder mail lands here; only the button unsubscribes (mail scanners open links). */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  if (typeof token !== "string" || token.length === 0 || token.length > 200) {
    return (
      <NoticePage title="This link did not work" link={{ href: "/checklist", label: "Go to my checklist" }}>
        <p>The unsubscribe link is incomplete. Sign in and change your reminder on your checklist instead.</p>
      </NoticePage>
    );
  }
  return (
    <NoticePage title="Stop re-check reminders?">
      <p>You will get no more reminder mails from Untrain. Your checklist stays as it is, and you can switch reminders back on from it.</p>
      <form method="post" action="/api/unsubscribe">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Stop reminders
        </button>
      </form>
    </NoticePage>
  );
}
