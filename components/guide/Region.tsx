import { useTranslations } from "next-intl";
import { REGION_CODES, type RegionCode } from "@/lib/content/constants";

/** An inline note for text that only applies in some regions: <Region only="EU,UK">…</Region>. */
export function Region({ only = "", children }: { only?: string; children?: React.ReactNode }) {
  const t = useTranslations("client");
  const names = only
    .split(",")
    .map((r) => r.trim())
    .filter((r): r is RegionCode => (REGION_CODES as readonly string[]).includes(r))
    .map((r) => t(`labels.region.${r}`));
  return (
    <span>
      <RegionBadge label={names.length ? t("step.onlyIn", { regions: names.join(", ") }) : t("step.someRegions")} />
      {children ? <> {children}</> : null}
    </span>
  );
}

export function RegionBadge({ label }: { label: string }) {
  return (
    <span className="inline-flex items-center rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900 dark:bg-sky-900/50 dark:text-sky-100">
      {label}
    </span>
  );
}
