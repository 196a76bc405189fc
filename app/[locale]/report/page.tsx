import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NoticePage } from "@/components/ui/NoticePage";
import { localizedGuide } from "@/lib/content/translations";
import { REPORT_MAX_LENGTH, REPORT_REFUSALS } from "@/lib/editor/reports";
import { LIMITS } from "@/lib/http/rate-limit";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { guidePath } from "@/lib/paths";
import { stepById } from "@/lib/content/steps";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "reportResult" });
  return pageMetadata(locale, "/report", t("metaTitle"), t("metaDescription"), { index: false });
}

type Outcome = "thanks" | "invalid" | "tooMany" | "stepKnown" | "busy" | "unavailable";
// A Map, so that ?result=__proto__ finds nothing instead of Object.prototype.
const OUTCOMES = new Map<string, Outcome>([
  ["thanks", "thanks"],
  ["invalid", "invalid"],
  ["too-many", "tooMany"],
  [REPORT_REFUSALS.reportsPerStep.result, "stepKnown"],
  [REPORT_REFUSALS.reportsEveryone.result, "busy"],
  ["unavailable", "unavailable"],
]);
const THANKED = new Set<Outcome>(["thanks", "stepKnown"]);

function one(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

/** Where the out-of-date report form lands when JavaScript is off. */
export default async function ReportResultPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "reportResult" });
  const query = await searchParams;
  const outcome = OUTCOMES.get(one(query.result)) ?? "invalid";
  const guide = one(query.guide) ? localizedGuide(one(query.guide), locale) : undefined;
  const step = stepById(guide?.steps, one(query.step));
  const back = guide
    ? { href: guidePath(guide.slug, step?.id, locale), label: step ? t("backToStep", { title: step.title }) : t("backToGuide", { title: guide.frontmatter.title }) }
    : undefined;
  const { points, duration } = LIMITS.reportsPerClient;
  return (
    <NoticePage title={THANKED.has(outcome) ? t("thanksTitle") : t("notSentTitle")} link={back}>
      <p>{t(outcome, { max: REPORT_MAX_LENGTH, points, minutes: duration / 60 })}</p>
    </NoticePage>
  );
}
