import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { RegionSync } from "@/components/plan/RegionSync";
import { siteUrl } from "@/lib/env";
import { localeParams, pageLocale } from "@/lib/i18n/page";
import { clientMessages, type Messages } from "@/lib/i18n/messages";
import { OG_LOCALES } from "@/lib/i18n/locales";
import { feedPath } from "@/lib/paths";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

/** One prerendered tree per language; any other first segment is English (the rewrite in lib/i18n/routing.ts). */
export const dynamicParams = false;
export const generateStaticParams = localeParams;

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    applicationName: "Untrain",
    alternates: { types: { "application/atom+xml": [{ url: feedPath(locale), title: t("feedTitle") }] } },
    openGraph: { type: "website", siteName: "Untrain", locale: OG_LOCALES[locale] },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "site" });
  const messages = (await getMessages({ locale })) as Messages;
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <NextIntlClientProvider locale={locale} messages={clientMessages(messages)}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-black">
            {t("skipToContent")}
          </a>
          <SiteHeader locale={locale} />
          <main id="main" className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
          <SiteFooter locale={locale} />
          <RegionSync />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
