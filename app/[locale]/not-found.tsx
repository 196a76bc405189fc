import { useLocale } from "next-intl";
import { NotFoundContent } from "@/components/layout/NotFoundContent";
import { knownLocale } from "@/lib/i18n/locales";

/** notFound() inside a language's pages (the editor desk for anyone but an editor). Addresses no page matches get app/not-found.tsx. */
export default function NotFound() {
  return <NotFoundContent locale={knownLocale(useLocale())} />;
}
