import type { Metadata } from "next";
import { StartGuideView } from "@/components/guide/StartGuideView";
import { startGuide } from "@/lib/content/start";

export function generateMetadata(): Metadata {
  const fm = startGuide().frontmatter;
  return { title: fm.title, description: fm.summary, alternates: { canonical: "/start" } };
}

export default function StartPage() {
  return <StartGuideView />;
}
