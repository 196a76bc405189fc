import Link from "next/link";
import { AccountMenu } from "./AccountMenu";

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-100">
          Untrain
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-x-5 gap-y-1 text-sm">
          <Link href="/guides" className="hover:underline">
            Guides
          </Link>
          <Link href="/start" className="hover:underline">
            Start here
          </Link>
          <Link href="/checklist" prefetch={false} className="hover:underline">
            My checklist
          </Link>
        </nav>
        <AccountMenu />
      </div>
    </header>
  );
}
