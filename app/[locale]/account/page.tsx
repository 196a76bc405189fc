import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signedInPage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { countTicks } from "@/lib/account/data";
import { DatabaseUnavailable } from "@/components/ui/DatabaseUnavailable";
import { DeleteAccountForm } from "./DeleteAccountForm";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { ACCOUNT_PATH, CHECKLIST_PATH, localePath, signInPath } from "@/lib/paths";
import { getTranslations } from "next-intl/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "account" });
  return pageMetadata(locale, ACCOUNT_PATH, t("title"), t("description"), { index: false });
}

export default async function AccountPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "account" });
  const gate = await signedInPage(async (user) => ({ user, ticks: await countTicks(db(), user.id) }));
  if (gate.state === "unavailable") return <DatabaseUnavailable what={t("unavailable")} />;
  if (gate.state === "signed-out") redirect(signInPath(localePath(locale, ACCOUNT_PATH), locale));
  const { user, ticks } = gate.data;
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          {t.rich("signedInAs", {
            email: user.email ?? "",
            ticks,
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => (
              <Link href={localePath(locale, CHECKLIST_PATH)} className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading" className="text-xl font-semibold">
          {t("exportTitle")}
        </h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t("exportText")}</p>
        <a href="/api/account/export" download className="mt-3 inline-block rounded-lg border border-zinc-300 px-4 py-2 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
          {t("download")}
        </a>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading" className="text-xl font-semibold">
          {t("deleteTitle")}
        </h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          {t("deleteText")}
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
