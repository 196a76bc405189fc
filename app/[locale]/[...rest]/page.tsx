import { notFound } from "next/navigation";
import { pageLocale } from "@/lib/i18n/page";

/** Any other address in a language: its 404 page, in that language (app/[locale]/not-found.tsx). */
export default async function UnknownPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  notFound();
}
