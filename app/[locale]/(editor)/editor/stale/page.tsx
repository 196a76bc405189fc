import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { unlessUnavailable, UNAVAILABLE } from "@/lib/db/errors";
import { guidesForReview } from "@/lib/content/guides";
import { NotAnEditorError } from "@/lib/editor/role";
import { deskStaleList } from "@/lib/editor/stale";
import { DatabaseUnavailable } from "@/components/ui/DatabaseUnavailable";
import { editorMetadata } from "../../metadata";
import { StaleList } from "@/components/editor/StaleList";
import { StaleTranslations } from "@/components/editor/StaleTranslations";
import { translationStatus } from "@/lib/content/translations";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page";
import { EDITOR_PATH, localePath } from "@/lib/paths";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "editor" });
  return editorMetadata({ title: t("stale") });
}

/** The list `npm run content:stale` prints, from the same function. */
export default async function EditorStalePage({ params }: { params: Promise<{ locale: string }> }) {
  const editorId = await requireEditor();
  // The language from the segment (also on a client-side navigation, where the layout does not run again).
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "editor" });
  const now = new Date();
  const items = await unlessUnavailable(() => deskStaleList(db(), editorId, guidesForReview(), now)).catch((error: unknown) => {
    if (error instanceof NotAnEditorError) notFound();
    throw error;
  });
  if (items === UNAVAILABLE) return <DatabaseUnavailable what={t("unavailableStale")} />;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("stale")}</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{t.rich("staleIntro", { code: (chunks) => <code>{chunks}</code> })}</p>
      {items.length ? (
        <StaleList items={items} now={now} />
      ) : (
        <p className="mt-6">
          {t("nothingDue")} <Link href={localePath(locale, EDITOR_PATH)}>{t("backToReports")}</Link>.
        </p>
      )}
      <StaleTranslations statuses={translationStatus()} />
    </div>
  );
}
