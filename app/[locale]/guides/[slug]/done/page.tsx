import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { allGuides } from "@/lib/content/guides";
import { localizedGuide, localizedPlanGuides } from "@/lib/content/translations";
import { planIndexFile } from "@/lib/plan/index-file";
import { GuideEnd } from "@/components/plan/GuideEnd";
import { pageLocale } from "@/lib/i18n/page";
import { CHECKLIST_PATH, PLAN_PATH, guidePath, localePath, stepPath } from "@/lib/paths";

export const dynamicParams = false;

export function generateStaticParams() {
  return allGuides().map((g) => ({ slug: g.slug }));
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const guide = localizedGuide((await params).slug, locale);
  const t = await getTranslations({ locale, namespace: "guideEnd" });
  return guide ? { title: t("title", { platform: guide.frontmatter.platform }), robots: { index: false } } : {};
}

/** The end of a guide's walkthrough: what was done, what was skipped (links back), the next guide in the plan. */
export default async function GuideDonePage({ params }: Props) {
  const locale = await pageLocale(params);
  const guide = localizedGuide((await params).slug, locale);
  if (!guide) notFound();
  const t = await getTranslations({ locale, namespace: "guideEnd" });
  const steps = guide.steps.map((s) => ({ id: s.id, title: s.title, number: s.number, href: stepPath(guide.slug, s.id, locale), ...(s.region ? { region: s.region } : {}) }));
  return (
    <article aria-labelledby="step-heading" className="mx-auto max-w-2xl">
      <h1 id="step-heading" tabIndex={-1} className="text-2xl font-bold tracking-tight outline-none">
        {t("title", { platform: guide.frontmatter.platform })}
      </h1>
      <GuideEnd guide={guide.slug} steps={steps} planIndexUrl={localePath(locale, planIndexFile(localizedPlanGuides(locale)).url)} />
      <p className="mt-6 text-sm">
        <Link href={guidePath(guide.slug, undefined, locale)} className="underline">
          {t("back")}
        </Link>{" "}
        ·{" "}
        <Link href={localePath(locale, PLAN_PATH)} className="underline">
          {t("plan")}
        </Link>{" "}
        ·{" "}
        <Link href={localePath(locale, CHECKLIST_PATH)} className="underline">
          {t("checklist")}
        </Link>
      </p>
    </article>
  );
}
