import { ChipLink } from "@/components/ui/ChipLink";
import type { Metadata } from "next";
import Link from "next/link";
import { allGuides } from "@/lib/content/guides";
import { CATEGORY_LABELS, EMPTY_QUERY, guideCards, starterCards } from "@/lib/content/search";
import { LIST_PATH, PLAN_PATH, SEARCH_PATH, searchPath } from "@/lib/paths";
import { CATEGORIES } from "@/lib/content/constants";
import { GuideCardView } from "@/components/guide/GuideCardView";
import { StartGuideView } from "@/components/guide/StartGuideView";
import { pageMetadata } from "@/lib/content/seo";

const HOME_TITLE = "Untrain — keep your data out of AI training";
export const metadata: Metadata = {
  ...pageMetadata(
    "/",
    HOME_TITLE,
    "Honest, sourced, step-by-step guides to opt out of AI training on Instagram, Facebook, LinkedIn, X, ChatGPT and more, with a checklist that remembers where you stopped.",
  ),
  title: { absolute: HOME_TITLE },
};

export default function HomePage() {
  const cards = guideCards(allGuides());
  const starters = starterCards(cards);
  const categories = CATEGORIES.map((c) => ({ id: c, count: cards.filter((g) => g.category === c).length })).filter((c) => c.count > 0);
  return (
    <div className="space-y-12">
      <section aria-labelledby="hero-title" className="rounded-2xl bg-brand-50 p-6 sm:p-10 dark:bg-zinc-900">
        <h1 id="hero-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Keep your data out of AI training.
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-zinc-700 dark:text-zinc-300">
          Posting &ldquo;Goodbye Meta AI&rdquo; changes nothing. The real switches are buried, different on every platform and
          often limited to some regions. Untrain shows where each one is, what it does, and what it cannot do.
        </p>
        <form action={SEARCH_PATH} method="get" role="search" className="mt-6 flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            Search guides
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            placeholder="Instagram, ChatGPT, LinkedIn…"
            className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-950"
          />
          <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Search
          </button>
        </form>
        <p className="mt-4">
          <Link href={PLAN_PATH} className="font-medium underline">
            Make your plan
          </Link>
          : tick the apps you use and get one checklist in the right order.
        </p>
      </section>

      <section aria-labelledby="starters-heading">
        <h2 id="starters-heading" className="text-2xl font-semibold">
          Where most people start
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {starters.map((card) => (
            <li key={card.slug}>
              <GuideCardView card={card} />
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href={LIST_PATH} className="font-medium underline">
            See all {cards.length} guides
          </Link>
        </p>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="text-2xl font-semibold">
          Browse by category
        </h2>
        <ul className="mt-4 flex flex-wrap gap-2">
          {categories.map((c) => (
            <li key={c.id}>
              <ChipLink href={searchPath({ ...EMPTY_QUERY, category: c.id })} prefetch={false}>{CATEGORY_LABELS[c.id]} ({c.count})</ChipLink>
            </li>
          ))}
        </ul>
      </section>

      <section className="rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800">
        <StartGuideView headingLevel={2} />
      </section>
    </div>
  );
}
