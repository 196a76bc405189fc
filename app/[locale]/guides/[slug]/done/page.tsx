import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { allGuides, findGuide, planGuides } from "@/lib/content/guides";
import { planIndexFile } from "@/lib/plan/index-file";
import { GuideEnd } from "@/components/plan/GuideEnd";
import { guidePath, stepPath } from "@/lib/paths";

export const dynamicParams = false;

export function generateStaticParams() {
  return allGuides().map((g) => ({ slug: g.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = findGuide((await params).slug);
  return guide ? { title: `End of the ${guide.frontmatter.platform} guide`, robots: { index: false } } : {};
}

/** The end of a guide's walkthrough: what was done, what was skipped (links back), the next guide in the plan. */
export default async function GuideDonePage({ params }: Props) {
  const guide = findGuide((await params).slug);
  if (!guide) notFound();
  const steps = guide.steps.map((s) => ({ id: s.id, title: s.title, number: s.number, href: stepPath(guide.slug, s.id), ...(s.region ? { region: s.region } : {}) }));
  return (
    <article aria-labelledby="step-heading" className="mx-auto max-w-2xl">
      <h1 id="step-heading" tabIndex={-1} className="text-2xl font-bold tracking-tight outline-none">
        End of the {guide.frontmatter.platform} guide
      </h1>
      <GuideEnd guide={guide.slug} steps={steps} planIndexUrl={planIndexFile(planGuides()).url} />
      <p className="mt-6 text-sm">
        <Link href={guidePath(guide.slug)} className="underline">
          Back to the whole guide
        </Link>{" "}
        ·{" "}
        <Link href="/plan" className="underline">
          Your plan
        </Link>{" "}
        ·{" "}
        <Link href="/checklist" className="underline">
          My checklist
        </Link>
      </p>
    </article>
  );
}
