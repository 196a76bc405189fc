import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { ACCOUNT_DELETED_PATH, LIST_PATH, localePath } from "@/lib/paths";
import { NoticePage } from "@/components/ui/NoticePage";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "account" });
  return pageMetadata(locale, ACCOUNT_DELETED_PATH, t("deletedTitle"), t("deletedDescription"), { index: false });
}

export default async function AccountDeletedPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "account" });
  return (
    <NoticePage title={t("deletedHeading")} link={{ href: localePath(locale, LIST_PATH), label: t("backToGuides") }}>
      <p>{t("deletedText")}</p>
    </NoticePage>
  );
}
