import { RIGHTS_PATH } from "@/lib/paths";
import Link from "next/link";
import { allGuides } from "@/lib/content/guides";
import { siteSourcingLine, siteSourcingStats } from "@/lib/content/sourcing";

// Guides change only with a deploy: count once per process, not on every dynamic page (65 ms at 2,900 guides).
let cachedLine: string | undefined;
function sourcingLine(): string {
  cachedLine ??= siteSourcingLine(siteSourcingStats(allGuides()));
  return cachedLine;
}

export function SiteFooter() {
  const sourcing = sourcingLine();
  return (
    <footer role="contentinfo" className="mt-16 border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:grid-cols-2">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="font-semibold text-zinc-900 dark:text-zinc-100">
            About Untrain
          </h2>
          <p className="mt-2">
            Step-by-step guides to keep your data out of AI training, platform by platform, with what each switch does and
            what it does not. Every step names its sources: {sourcing} <Link href="/start" className="underline">Start here</Link>.
          </p>
        </section>
        <section aria-labelledby="footer-privacy">
          <h2 id="footer-privacy" className="font-semibold text-zinc-900 dark:text-zinc-100">
            Privacy
          </h2>
          <p className="mt-2">
            If you sign in, we store your email address, the steps you ticked with their dates, your plan (apps and region), the requests you track (dates and states, no letters) and your reminder choices.
            Nothing else. No analytics, no ads, no third-party requests. You can export or delete it all on{" "}
            <Link href="/account" prefetch={false} className="underline">your account page</Link>.
          </p>
          <p className="mt-2">
            <Link href="/privacy" prefetch={false} className="underline">Privacy notice</Link>
            {" · "}
            <Link href={RIGHTS_PATH} prefetch={false} className="underline">Your rights</Link>
          </p>
        </section>
      </div>
    </footer>
  );
}
