import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StartGuideView } from "@/components/guide/StartGuideView";
import { localizedStart } from "@/lib/content/translations";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { PLAN_PATH, START_PATH, localePath } from "@/lib/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const fm = localizedStart(locale).frontmatter;
  return pageMetadata(locale, START_PATH, fm.title, fm.summary);
}

export default async function StartPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "start" });
  return (
    <>
      <StartGuideView />
      <p className="mt-8 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
        {t("next")}{" "}
        <Link href={localePath(locale, PLAN_PATH)} className="font-medium underline">
          {t("makePlan")}
        </Link>
        {t("nextRest")}
      </p>
    </>
  );
}
