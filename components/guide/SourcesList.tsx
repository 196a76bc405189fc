import { useTranslations } from "next-intl";
import type { SourceKind } from "@/lib/content/constants";
import { ExternalLink } from "@/components/ui/ExternalLink";

type Source = { id: string; title: string; url: string; kind: SourceKind; publisher?: string };

const KIND_STYLE: Record<SourceKind, string> = {
  official: "border-emerald-700 text-emerald-900 dark:border-emerald-400 dark:text-emerald-100",
  press: "border-zinc-500 text-zinc-800 dark:border-zinc-400 dark:text-zinc-200",
  community: "border-dashed border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-200",
};

/** The sources a guide was checked against, each with its kind (official, press, community) and publisher, opening on the publisher's site. */
export function SourcesList({ sources }: { sources: readonly Source[] }) {
  const t = useTranslations("guideNotes");
  const kind = useTranslations("client.labels.sourceKind");
  return (
    <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          <span className={`mr-1 inline-flex items-center rounded-full border px-2 py-0 text-xs font-medium ${KIND_STYLE[s.kind]}`}>
            <span className="sr-only">{t("sourceKind")} </span>
            {kind(s.kind)}
          </span>{" "}
          <ExternalLink href={s.url} newTab={t("externalNewTab")}>
            {s.title}
          </ExternalLink>{" "}
          <span className="break-all text-zinc-600 dark:text-zinc-400">
            ({s.publisher ? `${s.publisher}, ` : ""}
            {new URL(s.url).host})
          </span>
        </li>
      ))}
    </ul>
  );
}
