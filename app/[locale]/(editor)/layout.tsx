import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page";
import { requireEditor } from "@/lib/auth/current-user";
import { EDITOR_PATH, EDITOR_STALE_PATH, localePath } from "@/lib/paths";
import { editorMetadata } from "./metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "editor" });
  return editorMetadata({ title: { default: t("desk"), template: t("titleTemplate") } });
}

/**
 * The editor desk's guard: everyone who is not an editor gets the site's 404 page. Never the only
 * check: every page calls requireEditor() again (cached per request) and every action goes through
 * withEditor, because a layout does not run for a server action or for every navigation.
 */
export default async function EditorLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  await requireEditor();
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "editor" });
  return (
    <div>
      <nav aria-label={t("desk")} className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-1 border-b border-zinc-200 pb-3 text-sm dark:border-zinc-800">
        <span className="font-semibold text-zinc-900 dark:text-zinc-100">{t("desk")}</span>
        <Link href={localePath(locale, EDITOR_PATH)} className="underline-offset-2 hover:underline">
          {t("reports")}
        </Link>
        <Link href={localePath(locale, EDITOR_STALE_PATH)} className="underline-offset-2 hover:underline">
          {t("stale")}
        </Link>
      </nav>
      {children}
    </div>
  );
}
