import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { CHECKLIST_PATH, UNSUBSCRIBE_DONE_PATH, localePath } from "@/lib/paths";
import { NoticePage } from "@/components/ui/NoticePage";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ invalid?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  return pageMetadata(locale, UNSUBSCRIBE_DONE_PATH, t("doneTitle"), t("doneDescription"), { index: false });
}

export default async function UnsubscribeDone({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  const invalid = (await searchParams).invalid;
  return (
    <NoticePage title={invalid ? t("invalidTitle") : t("doneHeading")} link={{ href: localePath(locale, CHECKLIST_PATH), label: t("checklist") }}>
      <p>{invalid ? t("invalid") : t("doneText")}</p>
    </NoticePage>
  );
}
