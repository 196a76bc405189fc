import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/current-user";
import { editorMetadata } from "./metadata";

export function generateMetadata(): Promise<Metadata> {
  return editorMetadata({ title: { default: "Editor desk", template: "%s · Editor desk · Untrain" } });
}

/**
 * The editor desk's guard: everyone who is not an editor gets the site's 404 page. Never the only
 * check: every page calls requireEditor() again (cached per request) and every action goes through
 * withEditor, because a layout does not run for a server action or for every navigation.
 */
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  await requireEditor();
  return (
    <div>
      <nav aria-label="Editor desk" className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-1 border-b border-zinc-200 pb-3 text-sm dark:border-zinc-800">
        <span className="font-semibold text-zinc-900 dark:text-zinc-100">Editor desk</span>
        <Link href="/editor" className="underline-offset-2 hover:underline">
          Reports
        </Link>
        <Link href="/editor/stale" className="underline-offset-2 hover:underline">
          Due for a re-check
        </Link>
      </nav>
      {children}
    </div>
  );
}
