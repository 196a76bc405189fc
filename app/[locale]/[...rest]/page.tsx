import { notFound } from "next/navigation";
import { pageLocale } from "@/lib/i18n/page";

/** Any address: the layout's list of languages must not turn an unknown path into Next's bare 404. */
export const dynamicParams = true;

/** Any other address in a language: its 404 page, in that language (app/[locale]/not-found.tsx). */
export default async function UnknownPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  notFound();
}
