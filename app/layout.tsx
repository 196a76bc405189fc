import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { RegionSync } from "@/components/plan/RegionSync";
import { siteUrl } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Untrain — keep your data out of AI training", template: "%s · Untrain" },
  description:
    "Honest, sourced, step-by-step guides to opt out of AI training and data harvesting on Instagram, Facebook, LinkedIn, X, ChatGPT and more, with a checklist that remembers where you stopped.",
  applicationName: "Untrain",
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Untrain: guide updates" }] } },
  openGraph: { type: "website", siteName: "Untrain", locale: "en_GB" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-black">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <RegionSync />
      </body>
    </html>
  );
}
