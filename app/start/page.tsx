import type { Metadata } from "next";
import { StartGuideView } from "@/components/guide/StartGuideView";
import { startGuide } from "@/lib/content/start";
import { pageMetadata } from "@/lib/seo";

export function generateMetadata(): Metadata {
  const fm = startGuide().frontmatter;
  return pageMetadata("/start", fm.title, fm.summary);
}

export default function StartPage() {
  return <StartGuideView />;
}
