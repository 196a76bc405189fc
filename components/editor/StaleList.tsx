import { useLocale } from "next-intl";
import Link from "next/link";
import { staleReason, type StaleItem } from "@/lib/editor/stale";
import { formatDate } from "@/lib/format";
import { editorPath, guidePath } from "@/lib/paths";

/** lib/editor/stale.ts staleList, numbered in its order. */
export function StaleList({ items, now }: { items: StaleItem[]; now: Date }) {
  const locale = useLocale();
  return (
    <ol className="mt-6 space-y-3" aria-label="Due for a re-check, most urgent first">
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
                <span className="font-normal text-zinc-600 dark:text-zinc-400">(whole guide)</span>
              </>
            )}
            {item.flagged ? <span className="ml-2 inline-flex rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900 dark:bg-red-950 dark:text-red-100">Signals jumped</span> : null}
          </p>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{staleReason(item, now)}.</p>
          {item.review && item.lastReviewed ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Guide last reviewed <time dateTime={item.lastReviewed}>{formatDate(item.lastReviewed)}</time>; re-check {item.review.overdue ? "was due" : "due"}{" "}
              <time dateTime={item.review.dueOn}>{formatDate(item.review.dueOn)}</time>.
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
