import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { LIST_PATH, homePath, localePath } from "@/lib/paths";

export default function NotFound() {
  const t = useTranslations("notFound");
  const locale = useLocale();
  return (
    <div className="py-12">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t("text")}</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link href={localePath(locale, LIST_PATH)} className="font-medium underline">
            {t("allGuides")}
          </Link>
        </li>
        <li>
          <Link href={homePath(locale)} className="font-medium underline">
            {t("home")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
