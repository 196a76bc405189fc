import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { CHECK_EMAIL_PATH } from "@/lib/paths";
import { NoticePage } from "@/components/ui/NoticePage";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return pageMetadata(locale, CHECK_EMAIL_PATH, t("checkTitle"), t("checkDescription"), { index: false });
}

export default async function CheckEmailPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return (
    <NoticePage title={t("checkTitle")}>
      <p>{t("checkText")}</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("checkHint")}</p>
    </NoticePage>
  );
}
