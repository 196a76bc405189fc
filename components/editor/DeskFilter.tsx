import { useLocale, useTranslations } from "next-intl";
import { DESK_STATES, type DeskFilter as Filter } from "@/lib/editor/reports";
import { EDITOR_PATH, localePath } from "@/lib/paths";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/** Filter by guide and state: a plain GET form, so it works without JavaScript and the URL can be shared. */
export function DeskFilter({ filter, guides, stateCounts }: { filter: Filter; guides: { slug: string; platform: string }[]; stateCounts: Record<ReportStatus, number> }) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const countOf = (state: (typeof DESK_STATES)[number]) => (state === "all" ? stateCounts.open + stateCounts.resolved + stateCounts.duplicate : stateCounts[state]);
  return (
    <form method="get" action={localePath(locale, EDITOR_PATH)} className="flex flex-wrap items-end gap-3 rounded-xl bg-zinc-50 p-4 text-sm dark:bg-zinc-900" aria-label={t("filterLabel")}>
      <div>
        <label htmlFor="desk-guide" className="block font-medium">
          {t("guide")}
        </label>
        <select id="desk-guide" name="guide" defaultValue={filter.guide ?? ""} className="mt-1 rounded-lg border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950">
          <option value="">{t("allGuides")}</option>
          {guides.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.platform}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-state" className="block font-medium">
          {t("state")}
        </label>
        <select id="desk-state" name="state" defaultValue={filter.state} className="mt-1 rounded-lg border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950">
          {DESK_STATES.map((state) => (
            <option key={state} value={state}>
              {t("stateOption", { label: t(`states.${state}`), count: countOf(state) })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-lg border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
        {t("show")}
      </button>
    </form>
  );
}
