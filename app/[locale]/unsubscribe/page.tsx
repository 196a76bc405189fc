import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { CHECKLIST_PATH, localePath } from "@/lib/paths";
import { NoticePage } from "@/components/ui/NoticePage";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  return pageMetadata(locale, "/unsubscribe", t("title"), t("description"), { index: false });
}

/** The link in a reminder mail lands here; only the button unsubscribes (mail scanners open links). */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "unsubscribe" });
  const token = (await searchParams).token;
  if (typeof token !== "string" || token.length === 0 || token.length > 200) {
    return (
      <NoticePage title={t("invalidTitle")} link={{ href: localePath(locale, CHECKLIST_PATH), label: t("checklist") }}>
        <p>{t("incomplete")}</p>
      </NoticePage>
    );
  }
  return (
    <NoticePage title={t("question")}>
      <p>{t("confirmText")}</p>
      <form method="post" action="/api/unsubscribe">
        <input type="hidden" name="token" value={token} />
        {/* The answer page opens in this page's language. */}
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("stop")}
        </button>
      </form>
    </NoticePage>
  );
}
