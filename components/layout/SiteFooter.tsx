import { PRIVACY_PATH, RIGHTS_PATH, START_PATH, ACCOUNT_PATH, localePath } from "@/lib/paths";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { allGuides } from "@/lib/content/guides";
import { siteSourcingStats, type SiteSourcingStats } from "@/lib/content/sourcing";
import type { Locale } from "@/lib/i18n/locales";

// Guides change only with a deploy: count once per process, not on every dynamic page (65 ms at 2,900 guides).
let cachedStats: SiteSourcingStats | undefined;
function sourcingStats(): SiteSourcingStats {
  cachedStats ??= siteSourcingStats(allGuides());
  return cachedStats;
}

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  const { steps, confirmed } = sourcingStats();
  return (
    <footer role="contentinfo" className="mt-16 border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:grid-cols-2">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="font-semibold text-zinc-900 dark:text-zinc-100">
            {t("about")}
          </h2>
          <p className="mt-2">
            {t("aboutText")} {steps > 0 && confirmed === steps ? t("sourcingAll", { steps }) : t("sourcingSome", { steps, confirmed })}{" "}
            <Link href={localePath(locale, START_PATH)} prefetch={false} className="underline">
              {t("start")}
            </Link>
            .
          </p>
        </section>
        <section aria-labelledby="footer-privacy">
          <h2 id="footer-privacy" className="font-semibold text-zinc-900 dark:text-zinc-100">
            {t("privacy")}
          </h2>
          <p className="mt-2">
            {t.rich("privacyText", {
              link: (chunks) => (
                <Link href={localePath(locale, ACCOUNT_PATH)} prefetch={false} className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <p className="mt-2">
            <Link href={localePath(locale, PRIVACY_PATH)} prefetch={false} className="underline">
              {t("privacyNotice")}
            </Link>
            {" · "}
            <Link href={localePath(locale, RIGHTS_PATH)} prefetch={false} className="underline">
              {t("rights")}
            </Link>
          </p>
        </section>
      </div>
    </footer>
  );
}
