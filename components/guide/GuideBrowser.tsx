"use client";
/**
 * The guide list with search and filters. The server renders the results of `/guides?q=…` (so it
 * works without JavaScript); once hydrated, the same search runs in the browser as you type.
 */
import { ChipLink } from "@/components/ui/ChipLink";
import { useMemo, useState } from "react";
import { CATEGORIES, type Category } from "@/lib/content/constants";
import { CATEGORY_LABELS, OPT_OUT_FILTERS, STARTER_SLUGS, matchingSteps, searchGuides, type GuideCard, type OptOutFilter } from "@/lib/content/search";
import { GuideCardView } from "./GuideCardView";
import { plural } from "@/lib/format";

type Query = { q: string; category: Category | ""; effect: OptOutFilter | "" };

export function GuideBrowser({ cards, initialQuery }: { cards: GuideCard[]; initialQuery: Query }) {
  const [query, setQuery] = useState<Query>(initialQuery);
  const results = useMemo(() => searchGuides(cards, query), [cards, query]);

  function update(next: Partial<Query>) {
    const merged = { ...query, ...next };
    setQuery(merged);
    const params = new URLSearchParams();
    if (merged.q) params.set("q", merged.q);
    if (merged.category) params.set("category", merged.category);
    if (merged.effect) params.set("effect", merged.effect);
    const search = params.toString();
    window.history.replaceState(null, "", search ? `/guides?${search}` : "/guides");
  }

  const suggestions = STARTER_SLUGS.map((slug) => cards.find((c) => c.slug === slug)).filter((c): c is GuideCard => c !== undefined);
  const filtering = Boolean(query.q || query.category || query.effect);

  return (
    <div className="mt-6">
      <form
        role="search"
        action="/guides"
        method="get"
        className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          update({});
        }}
      >
        <div>
          <label htmlFor="guide-search" className="block text-sm font-medium">
            Search guides
          </label>
          <input
            id="guide-search"
            name="q"
            type="search"
            value={query.q}
            onChange={(e) => update({ q: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === "Escape") update({ q: "" });
            }}
            placeholder="Platform, company or setting, e.g. Grok"
            autoComplete="off"
            maxLength={100}
            className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </div>
        <div>
          <label htmlFor="guide-category" className="block text-sm font-medium">
            Category
          </label>
          <select
            id="guide-category"
            name="category"
            value={query.category}
            onChange={(e) => update({ category: e.target.value as Category | "" })}
            className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">All categories</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="guide-effect" className="block text-sm font-medium">
            What you can do
          </label>
          <select
            id="guide-effect"
            name="effect"
            value={query.effect}
            onChange={(e) => update({ effect: e.target.value as OptOutFilter | "" })}
            className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">Any</option>
            {Object.entries(OPT_OUT_FILTERS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Search
        </button>
      </form>

      <p role="status" aria-live="polite" className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        {filtering ? `${plural(results.length, "guide")} found` : `${plural(results.length, "guide")}`}
      </p>

      {results.length ? (
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Guides">
          {results.map((card) => (
            <li key={card.slug}>
              <GuideCardView card={card} matchedSteps={matchingSteps(card, query.q)} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="mt-3 rounded-xl border border-dashed border-zinc-300 p-6 dark:border-zinc-700">
          <p className="font-medium">No guide matches {query.q ? <>&ldquo;{query.q}&rdquo;</> : "these filters"}.</p>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Try the platform&apos;s name, or start with one of these:</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {suggestions.map((c) => (
              <li key={c.slug}>
                <ChipLink href={`/guides/${c.slug}`}>{c.platform}</ChipLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
