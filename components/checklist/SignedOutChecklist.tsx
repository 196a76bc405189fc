import { useLocale } from "next-intl";
import Link from "next/link";
import { CHECKLIST_PATH, PLAN_PATH, signInPath } from "@/lib/paths";

/** /checklist for a visitor: what the checklist is, and the way in. */
export function SignedOutChecklist() {
  const locale = useLocale();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">My checklist</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Your checklist shows every guide you started, the next step on each, and the steps that changed since you did them.
        Sign in to keep it across devices. Ticks you made on this device without signing in are added to it when you sign in.
      </p>
      <p className="mt-3">
        <Link href={PLAN_PATH} className="font-medium underline">
          Make your plan
        </Link>{" "}
        to choose the guides for the apps you use.
      </p>
      <p className="mt-6">
        <Link href={signInPath(CHECKLIST_PATH, locale)} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Sign in
        </Link>
      </p>
    </div>
  );
}
