import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { allGuides, findGuide, planGuides } from "@/lib/content/guides";
import { StepItem } from "@/components/guide/StepItem";
import { StepRequestTracker } from "@/components/requests/StepRequestTracker";
import { Walkthrough } from "@/components/plan/Walkthrough";
import { PlanPosition } from "@/components/plan/PlanPosition";
import { planIndexFile } from "@/lib/plan/index-file";
import { siteUrl } from "@/lib/env";
import { guideUrl } from "@/lib/content/seo";
import { guideDonePath, guidePath, stepPath } from "@/lib/paths";
import { stepIndex } from "@/lib/content/steps";

export const dynamicParams = false;

/** Every step of every guide, prerendered like the guide page (readable without JavaScript). */
export function generateStaticParams() {
  return allGuides().flatMap((g) => g.steps.map((s) => ({ slug: g.slug, stepId: s.id })));
}

type Props = { params: Promise<{ slug: string; stepId: string }> };

async function lookup(params: Props["params"]) {
  const { slug, stepId } = await params;
  const guide = findGuide(slug);
  const index = stepIndex(guide?.steps, stepId);
  return guide && index >= 0 ? { guide, index, step: guide.steps[index]! } : null;
}

/** Its own link preview: the step's title, where it sits, and the guide's image. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup(params);
  if (!found) return {};
  const { guide, step, index } = found;
  const fm = guide.frontmatter;
  const site = siteUrl();
  const url = `${site}${stepPath(guide.slug, step.id)}`;
  const title = `${step.title} · ${fm.platform}`;
  const description = `Step ${index + 1} of ${guide.steps.length} of “${fm.title}”: where the switch is, what it does and what backs it.`;
  const image = { url: `${guideUrl(site, guide.slug)}/opengraph-image`, width: 1200, height: 630, alt: `${fm.platform}: ${fm.title}` };
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", url, siteName: "Untrain", title, description, modifiedTime: fm.lastReviewed, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}

export default async function StepPage({ params }: Props) {
  const found = await lookup(params);
  if (!found) notFound();
  const { guide, step, index } = found;
  const fm = guide.frontmatter;
  const total = guide.steps.length;
  const prev = index > 0 ? stepPath(guide.slug, guide.steps[index - 1]!.id) : null;
  const next = index < total - 1 ? stepPath(guide.slug, guide.steps[index + 1]!.id) : guideDonePath(guide.slug);
  // The plan's part of the heading comes from the reader's plan after hydration; the page stays static.
  const planIndexUrl = planIndexFile(planGuides()).url;
  return (
    <article aria-labelledby="step-heading" className="mx-auto max-w-2xl">
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/guides" className="hover:underline">
          Guides
        </Link>{" "}
        /{" "}
        <Link href={guidePath(guide.slug)} className="hover:underline">
          {fm.platform}
        </Link>{" "}
        / Step {index + 1}
      </nav>
      <h1 id="step-heading" tabIndex={-1} className="mt-2 text-2xl font-bold tracking-tight outline-none">
        Step {index + 1} of {total} · {fm.platform}
        <PlanPosition guide={guide.slug} planIndexUrl={planIndexUrl} />
      </h1>
      <ol className="mt-4 text-lg">
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
        position={`Step ${index + 1} of ${total} · ${fm.platform}`}
        planIndexUrl={planIndexUrl}
      />
      <nav aria-label="Steps" className="mt-6 flex flex-wrap justify-between gap-3 text-sm">
        {prev ? (
          <Link href={prev} rel="prev" className="underline">
            ← Back: step {index}
          </Link>
        ) : (
          <Link href={guidePath(guide.slug)} className="underline">
            ← The whole guide
          </Link>
        )}
        <Link href={next} rel="next" className="underline">
          {index < total - 1 ? `Next: step ${index + 2} →` : "End of the guide →"}
        </Link>
      </nav>
    </article>
  );
}
