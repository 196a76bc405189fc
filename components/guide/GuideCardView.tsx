import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { CardSummary } from "@/lib/content/search";
import { guidePath } from "@/lib/paths";
import { formatDay } from "@/lib/i18n/dates";
import { formatCount } from "@/lib/i18n/numbers";

/** One guide in a list: everything here comes from the compact search index, so the browser can draw it too. */
export function GuideCardView({ card, matchedStep }: { card: CardSummary; matchedStep?: string }) {
  const t = useTranslations("client.card");
  const labels = useTranslations("client.labels");
  const locale = useLocale();
  const confirmed = card.confirmed === card.stepCount ? t("allConfirmed", { count: card.stepCount }) : t("someConfirmed", { count: card.confirmed, n: formatCount(card.confirmed, locale) });
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-zinc-200 p-4 hover:border-brand-600 dark:border-zinc-800">
      <p className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {card.company} · {labels(`category.${card.category}`)}
      </p>
      <h2 className="mt-1 text-lg font-semibold">
        <Link href={guidePath(card.slug, undefined, locale)} className="after:absolute after:inset-0 hover:underline">
          {card.platform}
        </Link>
      </h2>
      <p className="text-sm font-medium">{card.title}</p>
      <p className="mt-2 flex-1 text-sm text-zinc-700 dark:text-zinc-300">{card.summary}</p>
      {matchedStep ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {t("matchingStep")} <span className="font-medium">{matchedStep}</span>
        </p>
      ) : null}
      <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span>
          {t("steps", { count: card.stepCount, n: formatCount(card.stepCount, locale) })}, {confirmed}
        </span>
        <span>{t("minutes", { minutes: card.minutes })}</span>
        <span>{labels(`difficulty.${card.difficulty}`)}</span>
        <span className={card.optOut === "switch" ? "text-emerald-800 dark:text-emerald-300" : "text-amber-800 dark:text-amber-300"}>{labels(`optOut.${card.optOut}`)}</span>
        <span>
          {t("reviewed")} <time dateTime={card.lastReviewed}>{formatDay(card.lastReviewed, locale)}</time>
        </span>
      </p>
    </article>
  );
}
