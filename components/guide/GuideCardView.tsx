import Link from "next/link";
import type { CardSummary } from "@/lib/content/search";
import { CATEGORY_LABELS, OPT_OUT_LABELS } from "@/lib/content/search";
import { formatDate, plural } from "@/lib/format";
import { guidePath } from "@/lib/paths";

function confirmed(card: CardSummary): string {
  if (card.confirmed === card.stepCount) return card.stepCount === 1 ? "confirmed by the platform's words" : "all confirmed by the platform's words";
  return `${card.confirmed === 0 ? "none" : card.confirmed} confirmed by the platform's words`;
}

/** One guide in a list: everything here comes from the compact search index, so the browser can draw it too. */
export function GuideCardView({ card, matchedStep }: { card: CardSummary; matchedStep?: string }) {
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-zinc-200 p-4 hover:border-brand-600 dark:border-zinc-800">
      <p className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {card.company} · {CATEGORY_LABELS[card.category]}
      </p>
      <h2 className="mt-1 text-lg font-semibold">
        <Link href={guidePath(card.slug)} className="after:absolute after:inset-0 hover:underline">
          {card.platform}
        </Link>
      </h2>
      <p className="text-sm font-medium">{card.title}</p>
      <p className="mt-2 flex-1 text-sm text-zinc-700 dark:text-zinc-300">{card.summary}</p>
      {matchedStep ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          Matching step: <span className="font-medium">{matchedStep}</span>
        </p>
      ) : null}
      <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span>
          {plural(card.stepCount, "step")}, {confirmed(card)}
        </span>
        <span>about {card.minutes} min</span>
        <span>{card.difficulty}</span>
        <span className={card.optOut === "switch" ? "text-emerald-800 dark:text-emerald-300" : "text-amber-800 dark:text-amber-300"}>{OPT_OUT_LABELS[card.optOut]}</span>
        <span>
          Reviewed <time dateTime={card.lastReviewed}>{formatDate(card.lastReviewed)}</time>
        </span>
      </p>
    </article>
  );
}
