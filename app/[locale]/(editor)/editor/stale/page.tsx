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

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return editorMetadata({ title: "Due for a re-check" });
}

/** The list `npm run content:stale` prints, from the same function. */
export default async function EditorStalePage() {
  const editorId = await requireEditor();
  const now = new Date();
  const items = await unlessUnavailable(() => deskStaleList(db(), editorId, guidesForReview(), now)).catch((error: unknown) => {
    if (error instanceof NotAnEditorError) notFound();
    throw error;
  });
  if (items === UNAVAILABLE) return <DatabaseUnavailable what="the re-check list" />;
  return (
    <div>
      <h1 className="text-3xl font-bold">Due for a re-check</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">
        Most urgent first: steps with open reports whose readers&apos; signals jumped, then other steps with open reports (in overdue guides
        first), then guides past their re-check date (<code>lastReviewed</code> + <code>reviewEvery</code> days). The same list as{" "}
        <code>npm run content:stale</code>. Broken links are not checked here yet: run <code>npm run content:links</code>.
      </p>
      {items.length ? (
        <StaleList items={items} now={now} />
      ) : (
        <p className="mt-6">
          Nothing is due. <Link href="/editor">Back to the reports</Link>.
        </p>
      )}
      <StaleTranslations statuses={translationStatus()} />
    </div>
  );
}
