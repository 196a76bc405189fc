import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { CHECKLIST_PATH, PLAN_PATH, localePath, signInPath } from "@/lib/paths";

/** /checklist for a visitor: what the checklist is, and the way in. */
export function SignedOutChecklist() {
  const locale = useLocale();
  const t = useTranslations("checklist");
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t("signedOutIntro")}</p>
      <p className="mt-3">
        {t.rich("signedOutPlan", {
          link: (chunks) => (
            <Link href={localePath(locale, PLAN_PATH)} className="font-medium underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="mt-6">
        <Link href={signInPath(localePath(locale, CHECKLIST_PATH), locale)} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
