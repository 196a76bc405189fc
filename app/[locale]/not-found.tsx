import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-12">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">There is no page at this address. The guide may have a different name.</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link href="/guides" className="font-medium underline">
            See all guides
          </Link>
        </li>
        <li>
          <Link href="/" className="font-medium underline">
            Go to the home page
          </Link>
        </li>
      </ul>
    </div>
  );
}
