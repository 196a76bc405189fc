import type { Metadata } from "next";
import { allGuides } from "@/lib/content/guides";
import { readQuery, toCard } from "@/lib/content/search";
import { GuideBrowser } from "@/components/guide/GuideBrowser";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata("/guides", "All guides", "Every Untrain guide: find the switch that keeps your data out of AI training, platform by platform.");

export default async function GuidesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = readQuery(await searchParams);
  const cards = allGuides().map(toCard);
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">All guides</h1>
      <p className="mt-2 max-w-2xl text-zinc-600 dark:text-zinc-400">
        {cards.length} platforms. Each guide says what the switch does, where it applies and what it cannot do.
      </p>
      <GuideBrowser cards={cards} initialQuery={query} />
    </div>
  );
}
