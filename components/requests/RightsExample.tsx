import { useLocale, useTranslations } from "next-intl";
import { dueDate } from "@/lib/requests/deadlines";
import { formatDay } from "@/lib/i18n/dates";

/** A worked example computed by the same code as the checklist's due dates, so the page cannot drift from it. */
export function RightsExample() {
  const t = useTranslations("rights");
  const locale = useLocale();
  const sentOn = "2026-01-31";
  const gdpr = dueDate({ law: "gdpr", right: "object", sentOn, extended: false })!;
  const extended = dueDate({ law: "gdpr", right: "object", sentOn, extended: true })!;
  const ca = dueDate({ law: "us-ca", right: "erase", sentOn, extended: false })!;
  return <p>{t("example", { sent: formatDay(sentOn, locale), due: formatDay(gdpr, locale), extended: formatDay(extended, locale), ca: formatDay(ca, locale) })}</p>;
}
