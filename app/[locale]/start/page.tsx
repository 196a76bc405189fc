import type { Metadata } from "next";
import Link from "next/link";
import { StartGuideView } from "@/components/guide/StartGuideView";
import { startGuide } from "@/lib/content/start";
import { pageMetadata } from "@/lib/content/seo";

export function generateMetadata(): Metadata {
  const fm = startGuide().frontmatter;
  return pageMetadata("/start", fm.title, fm.summary);
}

export default function StartPage() {
  return (
    <>
      <StartGuideView />
      <p className="mt-8 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
        Next:{" "}
        <Link href="/plan" className="font-medium underline">
          make your plan
        </Link>
        . Tick the apps you use and say where you live; you get one checklist in the right order.
      </p>
    </>
  );
}
