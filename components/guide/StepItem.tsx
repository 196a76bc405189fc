import type { GuideStep } from "@/lib/content/parse";
import { useLocale, useTranslations } from "next-intl";
import { confirmationLine, ownerOf, possessive, sourceLabel, stepConfirmation, type LinePart, type SourcingWords, type StepQuote } from "@/lib/content/sourcing";
import { formatDay } from "@/lib/i18n/dates";
import { EffectLabel } from "./EffectLabel";
import { RegionBadge } from "./Region";
import { Mdx } from "./Mdx";
import { RegionFit } from "./RegionChooser";
import { ExternalLink } from "@/components/ui/ExternalLink";

/** The sourcing sentences' words in the page's language (lib/content/sourcing.ts). */
function useSourcingWords(): SourcingWords {
  const t = useTranslations("guideNotes.sourcing");
  return { t: (key, values) => t(key, values), locale: useLocale() };
}

function ConfirmationLine({ parts }: { parts: LinePart[] }) {
  const t = useTranslations("guideNotes");
  return parts.map((part, i) =>
    typeof part === "string" ? (
      part
    ) : (
      <ExternalLink key={`${part.source.id}-${i}`} href={part.source.url} newTab={t("externalNewTab")} title={part.source.kind === "official" ? undefined : part.source.title}>
        {sourceLabel(part.source)}
      </ExternalLink>
    ),
  );
}

/** The platform's own words behind the step, openable without JavaScript (a native disclosure). */
function StepQuotes({ quotes, platform, words }: { quotes: readonly StepQuote[]; platform: string; words: SourcingWords }) {
  const t = useTranslations("guideNotes");
  const locale = useLocale();
  if (!quotes.length) return null;
  return (
    <ul className="step-quotes mt-1 space-y-1 text-sm">
      {quotes.map((quote, i) => (
        <li key={`${quote.source.id}-${i}`}>
          <details className="group">
            <summary className="cursor-pointer text-brand-700 underline dark:text-brand-100">
              {t("readOwnWords", { owner: possessive(ownerOf(quote.source, platform), words) })}
              {quote.partly ? ` ${t("partOfStep")}` : ""}
            </summary>
            <figure className="mt-2 border-l-4 border-emerald-600 pl-3">
              <blockquote cite={quote.source.url} lang={quote.lang} className="italic text-zinc-800 dark:text-zinc-200">
                “{quote.text}”
              </blockquote>
              <figcaption className="mt-1 text-zinc-600 dark:text-zinc-400">
                {t.rich("quoteFrom", {
                  title: quote.source.title,
                  date: formatDay(quote.read, locale),
                  link: (chunks) => (
                    <ExternalLink href={quote.source.url} newTab={t("externalNewTab")}>
                      {chunks}
                    </ExternalLink>
                  ),
                  time: (chunks) => <time dateTime={quote.read}>{chunks}</time>,
                })}
              </figcaption>
            </figure>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** One step of a guide: heading with its anchor, labels, text, what backs it, the deep link, and the slots for the client islands. */
export function StepItem({
  step,
  platform,
  islands,
  headingLevel = 3,
}: {
  step: GuideStep;
  /** 3 under a guide's section headings; 2 on a step's own page, right under its h1 (no skipped level). */
  headingLevel?: 2 | 3;
  /** The guide's platform, named in the confirmation line ("Confirmed on Instagram's own pages"). */
  platform: string;
  islands?: { checkbox?: React.ReactNode; share?: React.ReactNode; footer?: React.ReactNode };
}) {
  const t = useTranslations("client");
  const titleId = `${step.id}-title`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const confirmation = stepConfirmation(step.cited, step.quotes);
  const words = useSourcingWords();
  return (
    <li id={step.id} className="step scroll-mt-4 rounded-xl border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800" aria-labelledby={titleId} data-regions={step.region?.join(" ") ?? ""}>
      <div className="flex items-start gap-3">
        {islands?.checkbox}
        <Heading id={titleId} className="flex-1 text-lg font-semibold leading-snug">
          <span className="print-box print-only" aria-hidden="true" />
          <a href={`#${step.id}`} className="hover:underline">
            <span className="text-zinc-600 dark:text-zinc-400">{step.number}.</span> {step.title}
          </a>
        </Heading>
        {islands?.share}
      </div>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("step.about")}>
        <li>
          <EffectLabel effect={step.effect} />
        </li>
        {step.region ? (
          <>
            <li>
              <RegionBadge label={t("step.onlyIn", { regions: step.region.map((r) => t(`labels.region.${r}`)).join(", ") })} />
            </li>
            <RegionFit regions={step.region} />
          </>
        ) : null}
        {step.plans ? (
          <li className="inline-flex items-center rounded-full bg-zinc-100 px-2 py-0.5 text-xs text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">{step.plans}</li>
        ) : null}
        {confirmation.unconfirmed ? (
          <li className="inline-flex items-center rounded-full border border-dashed border-amber-500 px-2 py-0.5 text-xs text-amber-900 dark:text-amber-200">
            {confirmation.status === "community" ? t("step.community") : t("step.unconfirmed")}
          </li>
        ) : null}
      </ul>
      <div className="prose prose-zinc mt-3 max-w-none dark:prose-invert">
        <Mdx source={step.body} />
      </div>
      {step.href ? (
        <p className="mt-3 text-sm">
          <ExternalLink href={step.href} newTab={t("step.external")} className="font-medium text-brand-700 underline dark:text-brand-100">
            {t("step.openSetting")}
            <span aria-hidden="true"> ↗</span>
          </ExternalLink>
        </p>
      ) : null}
      <p className="step-sources mt-2 text-sm text-zinc-600 dark:text-zinc-400" data-confirmation={confirmation.status}>
        <ConfirmationLine parts={confirmationLine(confirmation, platform, words)} />
      </p>
      <StepQuotes quotes={confirmation.quotes} platform={platform} words={words} />
      {islands?.footer}
    </li>
  );
}
