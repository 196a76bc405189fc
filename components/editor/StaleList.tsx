import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { StaleItem } from "@/lib/editor/stale";
import { formatDay } from "@/lib/i18n/dates";
import { editorPath, guidePath } from "@/lib/paths";

const DAY_MS = 86_400_000;

/** lib/editor/stale.ts staleList, numbered in its order; why each is listed, as staleReason says it for the terminal. */
export function StaleList({ items, now }: { items: StaleItem[]; now: Date }) {
  const locale = useLocale();
  const t = useTranslations("editor");
  const reason = (item: StaleItem) => {
    const parts: string[] = [];
    if (item.kind === "step") {
      const days = item.oldestOpenAt ? Math.max(0, Math.floor((now.getTime() - item.oldestOpenAt.getTime()) / DAY_MS)) : 0;
      parts.push(t("reasonOpen", { count: item.openReports, days }));
      if (item.flagged) parts.push(t("reasonJumped", { count: item.signals7d }));
      if (item.review === null) parts.push(t("reasonGuideGone"));
      else if (item.stepTitle === null) parts.push(t("reasonStepGone"));
    }
    if (item.review?.overdue) parts.push(t("reasonOverdue", { step: item.kind === "step" ? "yes" : "no", days: item.review.daysOverdue }));
    return parts.join("; ");
  };
  return (
    <ol className="mt-6 space-y-3" aria-label={t("staleListLabel")}>
      {items.map((item) => (
        <li
          key={`${item.guide}/${item.stepId ?? ""}`}
          className={`rounded-xl border p-4 ${item.flagged ? "border-red-400 dark:border-red-700" : "border-zinc-200 dark:border-zinc-800"}`}
        >
          <p className="font-semibold">
            {item.kind === "step" ? (
              <>
                {item.platform}:{" "}
                <Link href={editorPath(item.guide, locale)} className="underline-offset-2 hover:underline">
                  {item.stepTitle ?? item.stepId}
                </Link>
              </>
            ) : (
              <>
                <Link href={guidePath(item.guide, undefined, locale)} className="underline-offset-2 hover:underline">
                  {item.platform}
                </Link>{" "}
                <span className="font-normal text-zinc-600 dark:text-zinc-400">{t("wholeGuide")}</span>
              </>
            )}
            {item.flagged ? <span className="ml-2 inline-flex rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900 dark:bg-red-950 dark:text-red-100">{t("signalsJumped")}</span> : null}
          </p>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{reason(item)}.</p>
          {item.review && item.lastReviewed ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {t.rich("lastReviewedDue", {
                overdue: item.review.overdue ? "yes" : "no",
                last: () => <time dateTime={item.lastReviewed!}>{formatDay(item.lastReviewed!, locale)}</time>,
                due: () => <time dateTime={item.review!.dueOn}>{formatDay(item.review!.dueOn, locale)}</time>,
              })}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
