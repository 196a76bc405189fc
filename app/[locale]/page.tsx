import { ChipLink } from "@/components/ui/ChipLink";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localizedGuides } from "@/lib/content/translations";
import { EMPTY_QUERY, guideCards, starterCards } from "@/lib/content/search";
import { LIST_PATH, PLAN_PATH, SEARCH_PATH, localePath, searchPath } from "@/lib/paths";
import { pageLocale } from "@/lib/i18n/page";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { LanguageSuggestion } from "@/components/layout/LanguageSuggestion";
import { CATEGORIES } from "@/lib/content/constants";
import { GuideCardView } from "@/components/guide/GuideCardView";
import { StartGuideView } from "@/components/guide/StartGuideView";
import { pageMetadata } from "@/lib/content/seo";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "site" });
  return { ...pageMetadata(locale, "/", t("title"), t("description"), { imageAlt: t("ogAlt") }), title: { absolute: t("title") } };
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const labels = await getTranslations({ locale, namespace: "client.labels.category" });
  const cards = guideCards(localizedGuides(locale));
  const starters = starterCards(cards);
  const categories = CATEGORIES.map((c) => ({ id: c, count: cards.filter((g) => g.category === c).length })).filter((c) => c.count > 0);
  return (
    <div className="space-y-12">
      {locale === DEFAULT_LOCALE ? <LanguageSuggestion /> : null}
      <section aria-labelledby="hero-title" className="rounded-2xl bg-brand-50 p-6 sm:p-10 dark:bg-zinc-900">
        <h1 id="hero-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {t("heroTitle")}
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-zinc-700 dark:text-zinc-300">
          {t("heroText")}
        </p>
        <form action={localePath(locale, SEARCH_PATH)} method="get" role="search" className="mt-6 flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            placeholder={t("searchPlaceholder")}
            className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-950"
          />
          <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t("search")}
          </button>
        </form>
        <p className="mt-4">
          <Link href={localePath(locale, PLAN_PATH)} className="font-medium underline">
            {t("makePlan")}
          </Link>
          {t("makePlanRest")}
        </p>
      </section>

      <section aria-labelledby="starters-heading">
        <h2 id="starters-heading" className="text-2xl font-semibold">
          {t("starters")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {starters.map((card) => (
            <li key={card.slug}>
              <GuideCardView card={card} />
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href={localePath(locale, LIST_PATH)} className="font-medium underline">
            {t("seeAll", { count: cards.length })}
          </Link>
        </p>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="text-2xl font-semibold">
          {t("categories")}
        </h2>
        <ul className="mt-4 flex flex-wrap gap-2">
          {categories.map((c) => (
            <li key={c.id}>
              <ChipLink href={searchPath({ ...EMPTY_QUERY, category: c.id }, 1, locale)} prefetch={false}>{labels(c.id)} ({c.count})</ChipLink>
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
