import Link from "next/link";

/** A small bordered link, used for lists of guides and categories. */
export function ChipLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="inline-block rounded-lg border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
      {children}
    </Link>
  );
}
