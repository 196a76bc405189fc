import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { LIST_PATH, homePath, localePath } from "@/lib/paths";

/** What a 404 says, in one language (app/not-found.tsx, app/[locale]/not-found.tsx). Plain links: a 404 needs no client navigation, and app/not-found.tsx must stay free of client components. */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const t = translator(locale, "notFound");
  return (
    <div className="py-12">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t("text")}</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <a href={localePath(locale, LIST_PATH)} className="font-medium underline">
            {t("allGuides")}
          </a>
        </li>
        <li>
          <a href={homePath(locale)} className="font-medium underline">
            {t("home")}
          </a>
        </li>
      </ul>
    </div>
  );
}
