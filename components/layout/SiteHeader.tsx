import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { CHECKLIST_PATH, LIST_PATH, START_PATH, homePath, localePath } from "@/lib/paths";
import { AccountMenu } from "./AccountMenu";
import { LanguageSwitch } from "./LanguageSwitch";

/**
 * The chrome's links never prefetch: on every page the router fetched `/`, `/guides` and `/start` (twice
 * each, under different keys) while the page hydrated, competing with it on a slow phone. They are
 * prerendered and cached at the edge, so a click loads them fast anyway (docs/benchmarks.md).
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "header" });
  return (
    <header role="banner" className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={homePath(locale)} prefetch={false} className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-100">
          Untrain
        </Link>
        <nav aria-label={t("main")} className="flex flex-1 flex-wrap items-center gap-x-5 gap-y-1 text-sm">
          <Link href={localePath(locale, LIST_PATH)} prefetch={false} className="hover:underline">
            {t("guides")}
          </Link>
          <Link href={localePath(locale, START_PATH)} prefetch={false} className="hover:underline">
            {t("start")}
          </Link>
          <Link href={localePath(locale, CHECKLIST_PATH)} prefetch={false} className="hover:underline">
            {t("checklist")}
          </Link>
        </nav>
        <AccountMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}
