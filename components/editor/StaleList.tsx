import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { staleReasons, type StaleItem } from "@/lib/editor/stale";
import { formatDay } from "@/lib/i18n/dates";
import { editorPath, guidePath } from "@/lib/paths";

/** lib/editor/stale.ts staleList, numbered in its order, each with its staleReasons in the editor's language. */
export function StaleList({ items, now }: { items: StaleItem[]; now: Date }) {
  const locale = useLocale();
  const t = useTranslations("editor");
  const reason = (item: StaleItem) =>
    staleReasons(item, now)
      .map((r) => {
        switch (r.kind) {
          case "open":
            return t("reasonOpen", { count: r.reports, days: r.daysWaiting });
          case "jumped":
            return t("reasonJumped", { count: r.signals7d });
          case "guideGone":
            return t("reasonGuideGone");
          case "stepGone":
            return t("reasonStepGone");
          case "overdue":
            return t("reasonOverdue", { step: r.ofGuideOfStep ? "yes" : "no", days: r.days });
        }
      })
      .join("; ");
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
