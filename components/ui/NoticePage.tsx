import Link from "next/link";

/** A short page that tells the person what just happened and where to go next. */
export function NoticePage({ title, children, link }: { title: string; children: React.ReactNode; link?: { href: string; label: string } }) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{title}</h1>
      <div className="mt-3 space-y-3 text-zinc-700 dark:text-zinc-300">{children}</div>
      {link ? (
        <p className="mt-4">
          <Link href={link.href} className="font-medium underline">
            {link.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
