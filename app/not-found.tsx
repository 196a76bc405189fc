import { LIST_PATH } from "@/lib/paths";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

/** A 404 outside any language (every page address is rewritten into one, so this is rare): the English words, on a bare page. */
export default function GlobalNotFound() {
  const t = translator(DEFAULT_LOCALE, "notFound");
  return (
    <html lang={DEFAULT_LOCALE}>
      <body>
        <h1>{t("title")}</h1>
        <p>{t("text")}</p>
        <p>
          <a href={LIST_PATH}>{t("allGuides")}</a>
        </p>
      </body>
    </html>
  );
}
