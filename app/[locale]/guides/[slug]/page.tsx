import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { allGuides } from "@/lib/content/guides";
import { localizedGuide } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/page";
import { LIST_PATH, guidePath, localePath } from "@/lib/paths";
import { TranslationNote } from "@/components/guide/TranslationNote";
import { StepItem } from "@/components/guide/StepItem";
import { StepRequestTracker } from "@/components/requests/StepRequestTracker";
import { Mdx } from "@/components/guide/Mdx";
import { GuideMeta } from "@/components/guide/GuideMeta";
import { ReviewDueNote } from "@/components/guide/ReviewDueNote";
import { GuideFooter } from "@/components/guide/GuideFooter";
import { ProgressSummary } from "@/components/progress/ProgressSummary";
import { AddToPlan } from "@/components/plan/AddToPlan";
import { StepCheckbox } from "@/components/progress/StepCheckbox";
import { StepDoneBy } from "@/components/progress/StepDoneBy";
import { RegionChooser } from "@/components/guide/RegionChooser";
import { ReportStep } from "@/components/guide/ReportStep";
import { CopyStepLink, ShareGuide } from "@/components/guide/ShareButtons";
import { siteUrl } from "@/lib/env";
import { guideJsonLd, guideMetadata, guideUrl, jsonForScript } from "@/lib/content/seo";

export const dynamicParams = false;
/**
 * Incremental static regeneration, once a day: the page stays prerendered and cacheable, but the
 * review-due note below is computed at (re)generation time, so a guide that becomes overdue says so
 * within a day, without a redeploy and without JavaScript. (A client island could compute it too,
 * but then readers without JavaScript and search engines would never see it.)
 */
export const revalidate = 86400;

export function generateStaticParams() {
  return allGuides().map((g) => ({ slug: g.slug }));
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const guide = localizedGuide((await params).slug, locale);
  return guide ? guideMetadata(guide, siteUrl(), locale) : {};
}

export default async function GuidePage({ params }: Props) {
  const locale = await pageLocale(params);
  const guide = localizedGuide((await params).slug, locale);
  if (!guide) notFound();
  const t = await getTranslations({ locale, namespace: "guide" });
  const { frontmatter: fm, steps } = guide;
  const site = siteUrl();
  // A guide not translated yet is shown in English, marked as such (lang="en").
  const lang = guide.contentLocale === locale ? undefined : guide.contentLocale;
  return (
    <article aria-labelledby="guide-title">
      <TranslationNote translation={guide.translation} contentLocale={guide.contentLocale} englishPath={guidePath(guide.slug)} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(guideJsonLd(guide, site)) }} />
      <nav aria-label={t("breadcrumb")} className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href={localePath(locale, LIST_PATH)} prefetch={false} className="hover:underline">
          {t("guides")}
        </Link>{" "}
        / {fm.platform}
      </nav>
      <h1 id="guide-title" lang={lang} className="mt-2 text-3xl font-bold tracking-tight">
        {fm.title}
      </h1>
      <GuideMeta guide={guide} />
      <ReviewDueNote lastReviewed={fm.lastReviewed} reviewEvery={fm.reviewEvery} now={new Date()} />
      <div className="mt-4">
        <ShareGuide url={guideUrl(site, guide.slug, undefined, locale)} title={fm.title} text={fm.summary} />
      </div>
      <ProgressSummary guide={guide.slug} stepIds={steps.map((s) => s.id)} />
      <AddToPlan guide={guide.slug} platform={fm.platform} />
      {steps.some((s) => s.region) ? <RegionChooser stepRegions={steps.map((s) => s.region ?? null)} /> : null}
      <div lang={lang} className="prose prose-zinc mt-6 max-w-none dark:prose-invert">
        <Mdx source={guide.intro} />
      </div>
      <nav aria-labelledby="toc-heading" className="no-print mt-6 rounded-xl bg-zinc-50 p-4 dark:bg-zinc-900">
        <h2 id="toc-heading" className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
          {t("toc")}
        </h2>
        <ol lang={lang} className="mt-2 list-decimal space-y-1 pl-5 text-sm">
          {steps.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="hover:underline">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="steps-heading" className="mt-8">
        <h2 id="steps-heading" className="text-2xl font-semibold">
          {t("steps")}
        </h2>
        <ol lang={lang} className="mt-4 space-y-4">
          {steps.map((step) => (
            <StepItem
              key={step.id}
              step={step}
              platform={fm.platform}
              islands={{
                checkbox: <StepCheckbox stepId={step.id} title={step.title} />,
                share: <CopyStepLink url={guideUrl(site, guide.slug, step.id, locale)} stepTitle={step.title} />,
                footer: (
                  <>
                    <StepRequestTracker guide={guide.slug} step={step} platform={fm.platform} company={fm.company} />
                    <StepDoneBy stepId={step.id} />
                    <ReportStep guide={guide.slug} stepId={step.id} stepTitle={step.title} />
                  </>
                ),
              }}
            />
          ))}
        </ol>
      </section>
      {guide.outro.trim() ? (
        <div lang={lang} className="prose prose-zinc mt-6 max-w-none dark:prose-invert">
          <Mdx source={guide.outro} />
        </div>
      ) : null}
      <GuideFooter guide={guide} />
    </article>
  );
}
