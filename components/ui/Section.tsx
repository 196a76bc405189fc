/**
 * A titled section: the `<h2>` names the section for assistive technology (`aria-labelledby`), and an
 * optional line under it says what the section is for. Pages are compositions of these.
 */
export function Section({
  id,
  title,
  intro,
  className = "mt-8",
  headingClassName = "text-xl font-semibold",
  children,
}: {
  /** The heading's id (`<id>-heading`), stable: tests and in-page links use it. */
  id: string;
  title: React.ReactNode;
  intro?: React.ReactNode;
  className?: string;
  headingClassName?: string;
  children?: React.ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className={headingClassName}>
        {title}
      </h2>
      {intro ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{intro}</p> : null}
      {children}
    </section>
  );
}
