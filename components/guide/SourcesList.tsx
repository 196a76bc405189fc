/** The sources a guide was checked against, each opening on the publisher's site. */
export function SourcesList({ sources }: { sources: { title: string; url: string }[] }) {
  return (
    <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer external" className="underline">
            {s.title}
          </a>{" "}
          <span className="break-all text-zinc-600 dark:text-zinc-400">({new URL(s.url).host})</span>
        </li>
      ))}
    </ul>
  );
}
