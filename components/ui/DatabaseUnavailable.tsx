import { useLocale, useTranslations } from "next-intl";
import { NoticePage } from "@/components/ui/NoticePage";
import { LIST_PATH, localePath } from "@/lib/paths";

/** Shown by pages that need the database while it is down: honest, and never "you are signed out". `what` is in the page's language ("your checklist"). */
export function DatabaseUnavailable({ what }: { what: string }) {
  const t = useTranslations("ui");
  const locale = useLocale();
  return (
    <NoticePage title={t("unavailableTitle")} link={{ href: localePath(locale, LIST_PATH), label: t("unavailableLink") }}>
      <p>{t("unavailableText", { what })}</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("unavailableRetry")}</p>
    </NoticePage>
  );
}
