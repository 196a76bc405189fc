import { useLocale, useTranslations } from "next-intl";
import type { Guide } from "@/lib/content/parse";
import { formatDay } from "@/lib/i18n/dates";
import { guideSourcingStats } from "@/lib/content/sourcing";

export function GuideMeta({ guide }: { guide: Guide }) {
  const t = useTranslations("guideMeta");
  const labels = useTranslations("client.labels");
  const locale = useLocale();
  const fm = guide.frontmatter;
  const sourcing = guideSourcingStats(guide);
  const regions = fm.regions.includes("all") ? t("everywhere") : fm.regions.map((r) => (r === "all" ? "" : labels(`region.${r}`))).join(", ");
  return (
    <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      <div className="flex gap-1">
        <dt>{t("platform")}</dt>
        <dd className="font-medium text-zinc-900 dark:text-zinc-100">
          {fm.platform}
          {fm.company !== fm.platform ? ` (${fm.company})` : ""}
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>{t("steps")}</dt>
        <dd>{guide.steps.length}</dd>
      </div>
      <div className="flex gap-1">
        <dt>{t("confirmed")}</dt>
        <dd>{t("confirmedValue", { confirmed: sourcing.confirmed, steps: sourcing.steps })}</dd>
      </div>
      <div className="flex gap-1">
        <dt>{t("time")}</dt>
        <dd>{t("minutes", { minutes: fm.minutes })}</dd>
      </div>
      <div className="flex gap-1">
        <dt>{t("difficulty")}</dt>
        <dd>{labels(`difficulty.${fm.difficulty}`)}</dd>
      </div>
      <div className="flex gap-1">
        <dt>{t("applies")}</dt>
        <dd>{regions}</dd>
      </div>
      <div className="flex gap-1">
        <dt>{t("lastReviewed")}</dt>
        <dd>
          <time dateTime={fm.lastReviewed}>{formatDay(fm.lastReviewed, locale)}</time>
        </dd>
      </div>
    </dl>
  );
}
