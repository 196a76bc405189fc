import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { allGuides, findGuide } from "@/lib/content/guides";
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

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = findGuide((await params).slug);
  return guide ? guideMetadata(guide, siteUrl()) : {};
}

export default async function GuidePage({ params }: Props) {
  const guide = findGuide((await params).slug);
  if (!guide) notFound();
  const { frontmatter: fm, steps } = guide;
  const site = siteUrl();
  return (
    <article aria-labelledby="guide-title">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(guideJsonLd(guide, site)) }} />
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/guides" className="hover:underline">
          Guides
        </Link>{" "}
        / {fm.platform}
      </nav>
      <h1 id="guide-title" className="mt-2 text-3xl font-bold tracking-tight">
        {fm.title}
      </h1>
      <GuideMeta guide={guide} />
      <ReviewDueNote lastReviewed={fm.lastReviewed} reviewEvery={fm.reviewEvery} now={new Date()} />
      <div className="mt-4">
        <ShareGuide url={guideUrl(site, guide.slug)} title={fm.title} text={fm.summary} />
      </div>
      <ProgressSummary guide={guide.slug} stepIds={steps.map((s) => s.id)} />
      <AddToPlan guide={guide.slug} platform={fm.platform} />
      {steps.some((s) => s.region) ? <RegionChooser stepRegions={steps.map((s) => s.region ?? null)} /> : null}
      <div className="prose prose-zinc mt-6 max-w-none dark:prose-invert">
        <Mdx source={guide.intro} />
      </div>
      <nav aria-labelledby="toc-heading" className="no-print mt-6 rounded-xl bg-zinc-50 p-4 dark:bg-zinc-900">
        <h2 id="toc-heading" className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
          Steps in this guide
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
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
          Steps
        </h2>
        <ol className="mt-4 space-y-4">
          {steps.map((step) => (
            <StepItem
              key={step.id}
              step={step}
              platform={fm.platform}
              islands={{
                checkbox: <StepCheckbox stepId={step.id} title={step.title} />,
                share: <CopyStepLink url={guideUrl(site, guide.slug, step.id)} stepTitle={step.title} />,
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
        <div className="prose prose-zinc mt-6 max-w-none dark:prose-invert">
          <Mdx source={guide.outro} />
        </div>
      ) : null}
      <GuideFooter guide={guide} />
    </article>
  );
}
