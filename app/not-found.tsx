import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from "@/lib/i18n/locales";
import { LIST_PATH, homePath, localePath } from "@/lib/paths";
import { NotFoundContent } from "@/components/layout/NotFoundContent";
import "./globals.css";

/**
 * The 404 of every address no page matches (/nope, /it/nope, /guides/no-such-guide): one prerendered
 * page for all of them, whole in its HTML. Which language the address meant is not known here (Next
 * renders this without the address), so it says it in English and in each other language, with that
 * language's guide list.
 *
 * Unknown addresses come here, not to a catch-all page that calls notFound(): such a page gets Next's
 * empty error shell as its HTML, its words arriving only with its scripts (vercel/next.js#62228), so
 * it is blank without JavaScript. This element is part of every page's payload: keep it small and
 * without client components.
 */
export default function GlobalNotFound() {
  const site = translator(DEFAULT_LOCALE, "site");
  return (
    <html lang={DEFAULT_LOCALE}>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <title>{site("titleTemplate").replace("%s", translator(DEFAULT_LOCALE, "notFound")("title"))}</title>
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <a href={homePath(DEFAULT_LOCALE)} className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-100">
              Untrain
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <NotFoundContent locale={DEFAULT_LOCALE} />
          {TRANSLATED_LOCALES.map((locale) => {
            const t = translator(locale, "notFound");
            return (
              <section key={locale} lang={locale} className="mt-6">
                <h2 className="font-semibold">{t("title")}</h2>
                <p className="mt-1">
                  <a href={localePath(locale, LIST_PATH)} hrefLang={locale} className="underline">
                    {t("allGuides")}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
