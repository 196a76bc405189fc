import Link from "next/link";

/** A small bordered link, used for lists of guides and categories. `prefetch={false}` for links to dynamic pages. */
export function ChipLink({ href, prefetch, children }: { href: string; prefetch?: false; children: React.ReactNode }) {
  return (
    <Link href={href} prefetch={prefetch} className="inline-block rounded-lg border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
      {children}
    </Link>
  );
}
