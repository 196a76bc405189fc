import type { Metadata } from "next";
import { NoticePage } from "@/components/ui/NoticePage";
import { findGuide } from "@/lib/content/guides";
import { REPORT_MAX_LENGTH, REPORT_REFUSALS } from "@/lib/editor/reports";
import { LIMITS } from "@/lib/http/rate-limit";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { guidePath } from "@/lib/paths";
import { stepById } from "@/lib/content/steps";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/report", "Report a step", "Tell Untrain that a step is out of date.", { index: false });
}

const INVALID = { title: "The report was not sent", text: `Say in a few words what is out of date (5 to ${REPORT_MAX_LENGTH} characters).` };
// A Map, so that ?result=__proto__ finds nothing instead of Object.prototype.
const MESSAGES = new Map<string, { title: string; text: string }>([
  ["thanks", { title: "Thank you", text: "We will check this step against the platform's pages and update the guide." }],
  ["invalid", INVALID],
  ["too-many", { title: "The report was not sent", text: `You can send up to ${LIMITS.reportsPerClient.points} reports in ${LIMITS.reportsPerClient.duration / 60} minutes. Please try again later.` }],
  [REPORT_REFUSALS.reportsPerStep.result, { title: "Thank you", text: REPORT_REFUSALS.reportsPerStep.text }],
  [REPORT_REFUSALS.reportsEveryone.result, { title: "The report was not sent", text: REPORT_REFUSALS.reportsEveryone.text }],
  ["unavailable", { title: "The report was not sent", text: "We cannot reach our database just now. Please try again in a minute." }],
]);

function one(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

/** Where the out-of-date report form lands when JavaScript is off. */
export default async function ReportResultPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const message = MESSAGES.get(one(params.result)) ?? INVALID;
  const guide = one(params.guide) ? findGuide(one(params.guide)) : undefined;
  const step = stepById(guide?.steps, one(params.step));
  const back = guide ? { href: guidePath(guide.slug, step?.id), label: `Back to ${step ? `“${step.title}”` : guide.frontmatter.title}` } : undefined;
  return (
    <NoticePage title={message.title} link={back}>
      <p>{message.text}</p>
    </NoticePage>
  );
}
