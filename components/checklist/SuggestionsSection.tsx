import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { Checklist } from "@/lib/progress/checklist";
import { EMPTY_QUERY } from "@/lib/content/search";
import { guidePath, searchPath } from "@/lib/paths";
import { ChipLink } from "@/components/ui/ChipLink";
import { Section } from "@/components/ui/Section";

/** Guides not started yet, a few per category, with a link to the whole category. */
export function SuggestionsSection({ notStarted }: { notStarted: Checklist["notStarted"] }) {
  const locale = useLocale();
  const t = useTranslations("checklist");
  const category = useTranslations("client.labels.category");
  return (
    <Section id="suggest" title={t("suggestionsTitle")} className="no-print mt-8">
      <div className="mt-2 space-y-3">
        {notStarted.map((group) => (
          <div key={group.category}>
            <h3 className="text-sm font-semibold">{category(group.category)}</h3>
            <ul className="mt-1 flex flex-wrap gap-2">
              {group.guides.map((g) => (
                <li key={g.slug}>
                  <ChipLink href={guidePath(g.slug, undefined, locale)}>{g.platform}</ChipLink>
                </li>
              ))}
              {group.total > group.guides.length ? (
                <li>
                  <Link href={searchPath({ ...EMPTY_QUERY, category: group.category }, 1, locale)} prefetch={false} className="text-sm underline">
                    {t("allInCategory", { count: group.total, category: category(group.category) })}
                  </Link>
                </li>
              ) : null}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}
