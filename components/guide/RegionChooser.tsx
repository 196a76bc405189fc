"use client";
import { READER_REGIONS, appliesTo, type ReaderRegion } from "@/lib/plan/reader-region";
import type { RegionCode } from "@/lib/content/constants";
import { useReaderRegion } from "@/lib/plan/region-store";
import { chooseRegion } from "@/lib/plan/region-sync";
import { useLocale, useTranslations } from "next-intl";
import { formatCount } from "@/lib/i18n/numbers";

/** "Where do you live?" Steps that do not apply there are marked, never hidden; the choice is the plan's region too (lib/plan/region-sync.ts). */
export function RegionChooser({ stepRegions }: { stepRegions: (RegionCode[] | null)[] }) {
  const t = useTranslations("client");
  const locale = useLocale();
  const region = useReaderRegion();
  const notHere = region ? stepRegions.filter((r) => !appliesTo(r ?? undefined, region)).length : 0;
  return (
    <div className="no-print mt-4 flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="reader-region" className="font-medium">
        {t("region.question")}
      </label>
      <select
        id="reader-region"
        value={region ?? ""}
        onChange={(e) => void chooseRegion((e.target.value || null) as ReaderRegion | null)}
        className="rounded-lg border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
      >
        <option value="">{t("region.notSet")}</option>
        {Object.keys(READER_REGIONS).map((value) => (
          <option key={value} value={value}>
            {t(`labels.region.${value as ReaderRegion}`)}
          </option>
        ))}
      </select>
      {/* Its own line, reserved before the stored region is read, so the answer does not push the guide down. */}
      <span role="status" className="min-h-5 basis-full text-zinc-700 dark:text-zinc-300">
        {region ? (notHere ? t("region.notApplying", { count: notHere, n: formatCount(notHere, locale) }) : t("region.allApply")) : ""}
      </span>
    </div>
  );
}

export function RegionFit({ regions }: { regions: RegionCode[] }) {
  const t = useTranslations("client");
  const region = useReaderRegion();
  if (!region || appliesTo(regions, region)) return null;
  return (
    <li className="inline-flex items-center rounded-full bg-zinc-800 px-2 py-0.5 text-xs font-medium text-white dark:bg-zinc-200 dark:text-zinc-900" data-testid="not-your-region">
      {t("step.notHere", { region: t(`labels.region.${region}`) })}
    </li>
  );
}
