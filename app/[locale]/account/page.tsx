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
import { ACCOUNT_PATH, signInPath } from "@/lib/paths";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/account", "My account", "Export or delete everything Untrain stores about you.", { index: false });
}

export default async function AccountPage() {
  const gate = await signedInPage(async (user) => ({ user, ticks: await countTicks(db(), user.id) }));
  if (gate.state === "unavailable") return <DatabaseUnavailable what="your account" />;
  if (gate.state === "signed-out") redirect(signInPath(ACCOUNT_PATH));
  const { user, ticks } = gate.data;
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <h1 className="text-3xl font-bold">My account</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Signed in as <strong>{user.email}</strong>. We store this address, the {ticks} steps you ticked with their dates, and your
          reminder choice. <Link href="/checklist" className="underline">Go to my checklist</Link>.
        </p>
      </div>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading" className="text-xl font-semibold">
          Export my data
        </h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">A JSON file with everything stored about you.</p>
        <a href="/api/account/export" download className="mt-3 inline-block rounded-lg border border-zinc-300 px-4 py-2 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
          Download my data (JSON)
        </a>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete my account
        </h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          Removes your account, sessions, ticks and reminder setting at once. You are signed out. This cannot be undone.
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
