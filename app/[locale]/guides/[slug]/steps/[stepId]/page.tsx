import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { allGuides } from "@/lib/content/guides";
import { localizedGuide, localizedPlanGuides } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/page";
import { localeAlternates } from "@/lib/content/seo";
import { StepItem } from "@/components/guide/StepItem";
import { StepRequestTracker } from "@/components/requests/StepRequestTracker";
import { Walkthrough } from "@/components/plan/Walkthrough";
import { PlanPosition } from "@/components/plan/PlanPosition";
import { planIndexFile } from "@/lib/plan/index-file";
import { siteUrl } from "@/lib/env";
import { guideUrl } from "@/lib/content/seo";
import { LIST_PATH, guideDonePath, guidePath, localePath, stepPath } from "@/lib/paths";
import { stepIndex } from "@/lib/content/steps";

export const dynamicParams = false;

/** Every step of every guide, prerendered like the guide page (readable without JavaScript). */
export function generateStaticParams() {
  return allGuides().flatMap((g) => g.steps.map((s) => ({ slug: g.slug, stepId: s.id })));
}

type Props = { params: Promise<{ locale: string; slug: string; stepId: string }> };

async function lookup(params: Props["params"]) {
  const locale = await pageLocale(params);
  const { slug, stepId } = await params;
  const guide = localizedGuide(slug, locale);
  const index = stepIndex(guide?.steps, stepId);
  return guide && index >= 0 ? { locale, guide, index, step: guide.steps[index]! } : null;
}

/** Its own link preview: the step's title, where it sits, and the guide's image. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup(params);
  if (!found) return {};
  const { locale, guide, step, index } = found;
  const t = await getTranslations({ locale, namespace: "guide" });
  const fm = guide.frontmatter;
  const site = siteUrl();
  const url = `${site}${stepPath(guide.slug, step.id, locale)}`;
  const title = `${step.title} · ${fm.platform}`;
  const description = t("stepDescription", { number: index + 1, total: guide.steps.length, title: fm.title });
  const image = { url: `${guideUrl(site, guide.slug, undefined, locale)}/opengraph-image`, width: 1200, height: 630, alt: t("ogAlt", { platform: fm.platform, title: fm.title }) };
  return {
    title,
    description,
    alternates: localeAlternates(locale, stepPath(guide.slug, step.id), site),
    openGraph: { type: "article", url, siteName: "Untrain", title, description, modifiedTime: fm.lastReviewed, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}

export default async function StepPage({ params }: Props) {
  const found = await lookup(params);
  if (!found) notFound();
  const { locale, guide, step, index } = found;
  const t = await getTranslations({ locale, namespace: "guide" });
  const fm = guide.frontmatter;
  const total = guide.steps.length;
  const prev = index > 0 ? stepPath(guide.slug, guide.steps[index - 1]!.id, locale) : null;
  const next = index < total - 1 ? stepPath(guide.slug, guide.steps[index + 1]!.id, locale) : guideDonePath(guide.slug, locale);
  const position = t("stepOf", { number: index + 1, total, platform: fm.platform });
  const lang = guide.contentLocale === locale ? undefined : guide.contentLocale;
  // The plan's part of the heading comes from the reader's plan after hydration; the page stays static.
  const planIndexUrl = localePath(locale, planIndexFile(localizedPlanGuides(locale)).url);
  return (
    <article aria-labelledby="step-heading" className="mx-auto max-w-2xl">
      <nav aria-label={t("breadcrumb")} className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href={localePath(locale, LIST_PATH)} prefetch={false} className="hover:underline">
          {t("guides")}
        </Link>{" "}
        /{" "}
        <Link href={guidePath(guide.slug, undefined, locale)} prefetch={false} className="hover:underline">
          {fm.platform}
        </Link>{" "}
        / {t("stepCrumb", { number: index + 1 })}
      </nav>
      <h1 id="step-heading" tabIndex={-1} className="mt-2 text-2xl font-bold tracking-tight outline-none">
        {position}
        <PlanPosition guide={guide.slug} planIndexUrl={planIndexUrl} />
      </h1>
      <ol lang={lang} className="mt-4 text-lg">
        <StepItem
          step={step}
          platform={fm.platform}
          headingLevel={2}
          islands={{ footer: <StepRequestTracker guide={guide.slug} step={step} platform={fm.platform} company={fm.company} /> }}
        />
      </ol>
      <Walkthrough
        guide={guide.slug}
        stepId={step.id}
        stepTitle={step.title}
        steps={guide.steps.map((s) => ({ id: s.id, ...(s.region ? { region: s.region } : {}) }))}
        position={position}
        planIndexUrl={planIndexUrl}
      />
      <nav aria-label={t("stepsNav")} className="mt-6 flex flex-wrap justify-between gap-3 text-sm">
        {prev ? (
          <Link href={prev} rel="prev" className="underline">
            {t("back", { number: index })}
          </Link>
        ) : (
          <Link href={guidePath(guide.slug, undefined, locale)} className="underline">
            {t("wholeGuide")}
          </Link>
        )}
        <Link href={next} rel="next" className="underline">
          {index < total - 1 ? t("next", { number: index + 2 }) : t("end")}
        </Link>
      </nav>
    </article>
  );
}
