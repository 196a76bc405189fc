import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { unlessUnavailable, UNAVAILABLE } from "@/lib/db/errors";
import { guidesForReview } from "@/lib/content/guides";
import { NotAnEditorError } from "@/lib/editor/role";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page";
import { deskReports, readDeskFilter, DESK_REPORT_LIMIT } from "@/lib/editor/reports";
import { EDITOR_STALE_PATH, localePath } from "@/lib/paths";
import { DatabaseUnavailable } from "@/components/ui/DatabaseUnavailable";
import { DeskFilter } from "@/components/editor/DeskFilter";
import { editorMetadata } from "../metadata";
import { ReportGroups } from "@/components/editor/ReportGroups";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "editor" });
  return editorMetadata({ title: t("reports") });
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Readers' reports, grouped by guide and step. The layout checks the role; so does this page, and so does the query. */
export default async function EditorReportsPage({ params, searchParams }: Props) {
  const editorId = await requireEditor();
  // The language from the segment (also on a client-side navigation, where the layout does not run again).
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "editor" });
  const guides = guidesForReview();
  const filter = readDeskFilter(await searchParams, guides);
  const view = await unlessUnavailable(() => deskReports(db(), editorId, filter, guides)).catch((error: unknown) => {
    if (error instanceof NotAnEditorError) notFound();
    throw error;
  });
  if (view === UNAVAILABLE) return <DatabaseUnavailable what={t("unavailableReports")} />;
  const flagged = view.groups.flatMap((g) => g.steps.filter((s) => s.flagged).map((s) => ({ guide: g.guide, platform: g.platform, step: s })));
  const guideName = filter.guide ? guides.find((g) => g.slug === filter.guide)?.platform : null;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("reports")}</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{t("reportsIntro")}</p>
      <div className="mt-4">
        <DeskFilter filter={filter} guides={guides} stateCounts={view.stateCounts} />
      </div>
      <p role="status" className="mt-4 font-medium">
        {t("total", { state: filter.state, count: view.total })}
        {guideName ? t("onGuide", { guide: guideName }) : ""}
        {view.truncated ? t("truncated", { limit: DESK_REPORT_LIMIT }) : ""}
      </p>
      {flagged.length ? (
        <section aria-labelledby="flagged-heading" className="mt-4 rounded-xl border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950">
          <h2 id="flagged-heading" className="font-semibold text-red-950 dark:text-red-100">
            {t("flaggedTitle")}
          </h2>
          <p className="text-sm text-red-950 dark:text-red-100">
            {t("flaggedText")}
          </p>
          <ul className="mt-2 list-disc pl-5 text-sm text-red-950 dark:text-red-100">
            {flagged.map((f) => (
              <li key={`${f.guide}/${f.step.stepId}`}>
                <a href={`#step-${f.guide}-${f.step.stepId}`} className="underline">
                  {f.platform}: {f.step.current?.title ?? f.step.stepId}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.groups.length ? (
        <ReportGroups groups={view.groups} />
      ) : (
        <p className="mt-6 text-zinc-700 dark:text-zinc-300">
          {t("nothing")} {filter.state === "open" ? t("allHandled") : ""}{" "}
          <Link href={localePath(locale, EDITOR_STALE_PATH)} className="underline">
            {t("seeStale")}
          </Link>
          .
        </p>
      )}
    </div>
  );
}
