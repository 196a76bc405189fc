"use client";
/**
 * The guide list with search, filters and paging.
 *
 * The server renders one page of results (the static `/guides`, or `/guides/search?q=…` for a query,
 * which is also where the form goes without JavaScript). On the first interaction (focus, typing,
 * "Show more") the browser downloads the compact static index once and from then on answers every
 * query itself with the same search module, keeping the URL in step through `history.replaceState`:
 * `/guides` when nothing is asked, `/guides/search?…` otherwise, so a shared or reloaded link is
 * server-rendered with the same results. If the index cannot be loaded, the form falls back to the
 * server.
 */
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { ChipLink } from "@/components/ui/ChipLink";
import { CATEGORIES, type Category } from "@/lib/content/constants";
import { guidePath, LIST_PATH, localePath, queryString, SEARCH_PATH, searchPath, splitLocale } from "@/lib/paths";
import type { Locale } from "@/lib/i18n/locales";
import {
  OPT_OUT_FILTERS,
  PAGE_SIZE,
  isFiltering,
  readQuery,
  sameQuery,
  searchGuides,
  shownCard,
  type GuideCard,
  type GuideQuery,
  type OptOutFilter,
  type ResultPage,
} from "@/lib/content/search";
import { readSearchIndex } from "@/lib/content/search-index";
import { replaceUrl } from "@/components/layout/replace-url";
import { GuideCardView } from "./GuideCardView";
import { formatCount } from "@/lib/i18n/numbers";

// --- the index, downloaded at most once per page load ---------------------------------------

let indexLoad: Promise<GuideCard[]> | undefined;
let loadedIndex: GuideCard[] | undefined;

function loadIndex(url: string): Promise<GuideCard[]> {
  indexLoad ??= fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
      return res.json();
    })
    .then((json) => (loadedIndex = readSearchIndex(json)));
  // A failed download may be retried on the next interaction.
  indexLoad.catch(() => (indexLoad = undefined));
  return indexLoad;
}

// --- the query lives in the URL --------------------------------------------------------------

const urlListeners = new Set<() => void>();
function subscribeUrl(listener: () => void) {
  urlListeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    urlListeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}
function currentSearch(): string {
  const { pathname, search } = window.location;
  const path = splitLocale(pathname).path;
  return path === LIST_PATH || path === SEARCH_PATH ? search : "";
}
function writeUrl(query: GuideQuery, locale: Locale) {
  replaceUrl(searchPath(query, 1, locale));
  urlListeners.forEach((l) => l());
}

type Suggestion = { slug: string; platform: string };

/** `indexUrl`: the versioned URL of the static search index (`searchIndexFile(cards).url`). */
export function GuideBrowser({ initial, suggestions, indexUrl }: { initial: ResultPage; suggestions: Suggestion[]; indexUrl: string }) {
  const locale = useLocale();
  const t = useTranslations("client.browser");
  const labels = useTranslations("client.labels");
  // Re-read the URL when the router moves (a link to /guides while the address says /guides/search?…):
  // Next.js writes the address after rendering, so look again once the move is committed.
  const pathname = usePathname();
  useEffect(() => urlListeners.forEach((l) => l()), [pathname]);
  const serverSearch = useMemo(() => {
    const s = queryString(initial.query, initial.page);
    return s ? `?${s}` : "";
  }, [initial.query, initial.page]);
  const search = useSyncExternalStore(subscribeUrl, currentSearch, () => serverSearch);
  const { query, page } = useMemo(() => readQuery(new URLSearchParams(search)), [search]);

  const [index, setIndex] = useState<GuideCard[] | null>(() => loadedIndex ?? null);
  const [failed, setFailed] = useState(false);
  const [more, setMore] = useState({ search, limit: PAGE_SIZE });
  const limit = more.search === search ? more.limit : PAGE_SIZE;

  const ensureIndex = useCallback(() => {
    if (index) return;
    loadIndex(indexUrl).then(
      (cards) => {
        setIndex(cards);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [index, indexUrl]);

  // The address asks for something the server did not render (Back to an entry whose address the search changed).
  const serverRendered = sameQuery(query, initial.query) && page === initial.page;
  useEffect(() => {
    if (!serverRendered) ensureIndex();
  }, [serverRendered, ensureIndex]);

  const results = useMemo(() => (index ? searchGuides(index, query) : null), [index, query]);
  const view = useMemo(() => {
    if (!results) return { cards: initial.cards, total: initial.total, start: initial.start };
    const start = Math.min((page - 1) * PAGE_SIZE, Math.max(0, Math.floor((results.length - 1) / PAGE_SIZE) * PAGE_SIZE));
    return { cards: results.slice(start, start + limit).map((c) => shownCard(c, query.q)), total: results.length, start };
  }, [results, initial, page, limit, query.q]);
  const pending = !results && !serverRendered;
  const filtering = isFiltering(query);
  const end = view.start + view.cards.length;
  const nextPage = Math.floor(end / PAGE_SIZE) + 1;

  // After "Show more", keyboard focus goes to the first new card.
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    const item = from === null ? undefined : list.current?.children[from];
    if (item) {
      focusFrom.current = null;
      item.querySelector("a")?.focus();
    }
  }, [view.cards.length]);

  function update(next: Partial<GuideQuery>) {
    writeUrl({ ...query, ...next }, locale);
    ensureIndex();
  }

  // What the reader typed or chose before the page hydrated is in the form but not in the URL: React
  // keeps the DOM value of a controlled field it did not see change. Take it over once, on mount.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const fields = form.current?.elements;
    if (!fields) return;
    const params = new URLSearchParams();
    for (const name of ["q", "category", "can"]) {
      const field = fields.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) params.set(name, field.value);
    }
    const typed = readQuery(params).query;
    if (!sameQuery(typed, query)) update(typed);
    // Only the first render can differ from the form; later changes go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const n = formatCount(view.total, locale);
  const count = filtering ? t("found", { count: view.total, n }) : t("count", { count: view.total, n });
  const status = pending ? (failed ? t("unavailable") : t("searching")) : view.total > view.cards.length ? t("showing", { count, from: view.start + 1, to: end }) : count;

  return (
    <div className="mt-6">
      <form
        ref={form}
        role="search"
        action={localePath(locale, SEARCH_PATH)}
        method="get"
        className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
        onFocus={ensureIndex}
        onSubmit={(e) => {
          // Results are already live; only a failed index download needs the server.
          if (!failed) e.preventDefault();
          ensureIndex();
        }}
      >
        <div>
          <label htmlFor="guide-search" className="block text-sm font-medium">
            {t("search")}
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
            placeholder={t("placeholder")}
            autoComplete="off"
            maxLength={100}
            className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </div>
        <div>
          <label htmlFor="guide-category" className="block text-sm font-medium">
            {t("category")}
          </label>
          <select
            id="guide-category"
            name="category"
            value={query.category}
            onChange={(e) => update({ category: e.target.value as Category | "" })}
            className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">{t("allCategories")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {labels(`category.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="guide-can" className="block text-sm font-medium">
            {t("can")}
          </label>
          <select
            id="guide-can"
            name="can"
            value={query.can}
            onChange={(e) => update({ can: e.target.value as OptOutFilter | "" })}
            className="mt-1 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">{t("any")}</option>
            {(Object.keys(OPT_OUT_FILTERS) as OptOutFilter[]).map((value) => (
              <option key={value} value={value}>
                {labels(`optOutFilter.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </form>

      <p role="status" aria-live="polite" className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        {status}
      </p>

      {view.cards.length ? (
        <>
          <ul ref={list} className={`mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 ${pending ? "opacity-60" : ""}`} aria-label={t("list")} aria-busy={pending}>
            {view.cards.map((card) => (
              <li key={card.slug}>
                <GuideCardView card={card} matchedStep={card.matchedStep} />
              </li>
            ))}
          </ul>
          {view.start > 0 || end < view.total ? (
            <nav aria-label={t("more")} className="mt-6 flex flex-wrap gap-3">
              {view.start > 0 ? (
                <Link prefetch={false} href={searchPath(query, Math.floor(view.start / PAGE_SIZE), locale)} className="rounded-lg border border-zinc-300 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
                  {t("previous", { count: PAGE_SIZE })}
                </Link>
              ) : null}
              {end < view.total ? (
                <Link
                  prefetch={false}
                  href={searchPath(query, nextPage, locale)}
                  className="rounded-lg border border-zinc-300 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
                  onClick={(e) => {
                    // Without the index (download failed), the link pages on the server.
                    if (failed) return;
                    e.preventDefault();
                    ensureIndex();
                    focusFrom.current = view.cards.length;
                    setMore({ search, limit: limit + PAGE_SIZE });
                  }}
                >
                  {t("showMore", { count: Math.min(PAGE_SIZE, view.total - end) })}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : (
        <div className="mt-3 rounded-xl border border-dashed border-zinc-300 p-6 dark:border-zinc-700">
          <p className="font-medium">{query.q ? t("noneQuery", { query: query.q }) : t("noneFilters")}</p>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("tryThese")}</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {suggestions.map((c) => (
              <li key={c.slug}>
                <ChipLink href={guidePath(c.slug, undefined, locale)}>{c.platform}</ChipLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
