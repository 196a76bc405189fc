import type { Metadata } from "next";
import Link from "next/link";
import { PlanBuilder, type PlanChoice } from "@/components/plan/PlanBuilder";
import { getTranslations } from "next-intl/server";
import { localizedPlanGuides } from "@/lib/content/translations";
import { LIST_PATH, localePath, PLAN_PATH } from "@/lib/paths";
import { CATEGORIES } from "@/lib/content/constants";
import { STARTER_SLUGS } from "@/lib/content/search";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { siteUrl } from "@/lib/env";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "planPage" });
  return pageMetadata(locale, PLAN_PATH, t("title"), t("description"));
}

/** Static shell: the guides are known at build time; the reader's choice lives in the client island. */
export default async function PlanPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const labels = await getTranslations({ locale, namespace: "client.labels.category" });
  const t = await getTranslations({ locale, namespace: "planPage" });
  const guides = localizedPlanGuides(locale);
  const groups = CATEGORIES.map((category) => ({
    category,
    label: labels(category),
    guides: guides
      .filter((g) => g.category === category)
      .map((g): PlanChoice => ({ slug: g.slug, platform: g.platform, popular: STARTER_SLUGS.includes(g.slug) }))
      .sort((a, b) => Number(b.popular) - Number(a.popular) || a.platform.localeCompare(b.platform)),
  })).filter((g) => g.guides.length);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <noscript>
        <p className="mt-4 rounded-lg border border-zinc-300 p-3 dark:border-zinc-700">
          {t.rich("noscript", {
            link: (chunks) => (
              <Link href={localePath(locale, LIST_PATH)} className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </noscript>
      <PlanBuilder groups={groups} guides={guides} site={siteUrl()} />
    </div>
  );
}
