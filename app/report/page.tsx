import type { Metadata } from "next";
import { NoticePage } from "@/components/ui/NoticePage";
import { findGuide } from "@/lib/content/guides";
import { REPORT_LIMIT, REPORT_MAX_LENGTH } from "@/lib/reports";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata("/report", "Report a step", "Tell Untrain that a step is out of date.", { index: false });

const MESSAGES: Record<string, { title: string; text: string }> = {
  thanks: { title: "Thank you", text: "We will check this step against the platform's pages and update the guide." },
  invalid: { title: "The report was not sent", text: `Say in a few words what is out of date (5 to ${REPORT_MAX_LENGTH} characters).` },
  "too-many": { title: "The report was not sent", text: `You have sent ${REPORT_LIMIT.count} reports in the last ${REPORT_LIMIT.windowMinutes} minutes. Please try again later.` },
};

/** Where the out-of-date report form lands when JavaScript is off. */
export default async function ReportResultPage({ searchParams }: { searchParams: Promise<{ guide?: string; step?: string; result?: string }> }) {
  const params = await searchParams;
  const message = MESSAGES[params.result ?? ""] ?? MESSAGES.invalid!;
  const guide = params.guide ? findGuide(params.guide) : undefined;
  const step = guide?.steps.find((s) => s.id === params.step);
  const back = guide ? { href: `/guides/${guide.slug}${step ? `#${step.id}` : ""}`, label: `Back to ${step ? `“${step.title}”` : guide.frontmatter.title}` } : undefined;
  return (
    <NoticePage title={message.title} link={back}>
      <p>{message.text}</p>
    </NoticePage>
  );
}
