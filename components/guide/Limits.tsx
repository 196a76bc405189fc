export function Limits({ children }: { children?: React.ReactNode }) {
  return (
    <aside aria-labelledby="limits-heading" className="not-prose my-6 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      <h2 id="limits-heading" className="text-base font-semibold">
        What this guide cannot do
      </h2>
      <div className="prose prose-sm mt-2 max-w-none text-inherit dark:prose-invert prose-li:my-0.5">{children}</div>
    </aside>
  );
}
