import { useTranslations } from "next-intl";

/**
 * A progress bar that needs no JavaScript and no chart library: the native <progress> element, named for
 * assistive technology, with the same numbers always written beside it in text.
 */
export function ProgressBar({ done, total, label, className = "" }: { done: number; total: number; label: string; className?: string }) {
  const t = useTranslations("ui");
  return (
    <progress
      value={done}
      max={Math.max(total, 1)}
      aria-label={label}
      className={`h-2 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800 [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-zinc-200 [&::-webkit-progress-value]:bg-brand-700 dark:[&::-webkit-progress-bar]:bg-zinc-800 ${className}`}
    >
      {t("progress", { done, total })}
    </progress>
  );
}
