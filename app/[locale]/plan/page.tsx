import type { Metadata } from "next";
import Link from "next/link";
import { PlanBuilder, type PlanChoice } from "@/components/plan/PlanBuilder";
import { getTranslations } from "next-intl/server";
import { localizedPlanGuides } from "@/lib/content/translations";
import { LIST_PATH, localePath } from "@/lib/paths";
import { CATEGORIES } from "@/lib/content/constants";
import { STARTER_SLUGS } from "@/lib/content/search";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/plan",
  "Your plan",
  "Tick the apps you use and say where you live: get one ordered checklist of what to switch off first, to share or keep.",);
}

/** Static shell: the guides are known at build time; the reader's choice lives in the client island. */
export default async function PlanPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const labels = await getTranslations({ locale, namespace: "client.labels.category" });
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
      <h1 className="text-3xl font-bold">Your plan</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Tick the apps and services you use and say where you live. You get one checklist in a sensible order: first what stops AI training, then
        deleting what was kept, then objections, then exposure and ads.
      </p>
      <noscript>
        <p className="mt-4 rounded-lg border border-zinc-300 p-3 dark:border-zinc-700">
          The plan builder needs JavaScript. Every guide still works without it: see <Link href={localePath(locale, LIST_PATH)} className="underline">all guides</Link>.
        </p>
      </noscript>
      <PlanBuilder groups={groups} guides={guides} />
    </div>
  );
}
