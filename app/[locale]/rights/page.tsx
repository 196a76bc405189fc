import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { formatDay } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import { LAWS, type LawId, type LawRule } from "@/lib/requests/laws";
import { authoritiesData } from "@/lib/requests/authorities";
import { CHECKLIST_PATH, RIGHTS_PATH, localePath } from "@/lib/paths";
import { Section } from "@/components/ui/Section";
import { RightsExample } from "@/components/requests/RightsExample";
import { ExternalLink } from "@/components/ui/ExternalLink";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "rights" });
  return pageMetadata(locale, RIGHTS_PATH, t("title"), t("description"));
}

/** The laws that set a deadline ("none" is worded on its own, below). */
const COUNTED = LAWS.filter((law): law is LawRule & { id: Exclude<LawId, "none"> } => law.id !== "none");

/** Authorities whose note is translated (content/authorities.yaml keeps the English one). */
const NOTE_KEYS: Partial<Record<string, "authorityNote.DE">> = { DE: "authorityNote.DE" };

/** A country's name in the reader's language ("DE" → "Deutschland"), from the runtime's own data. */
function countryNames(locale: Locale): (code: string, fallback: string) => string {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  return (code, fallback) => names.of(code) ?? fallback;
}

/** The deadline rules of lib/requests/laws.ts, each with its source, and the authorities, from the same data the due dates use. */
export default async function RightsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "rights" });
  const newTab = t("newTab");
  const country = countryNames(locale);
  const data = authoritiesData();
  const noteOf = (code: string, english: string) => {
    const key = NOTE_KEYS[code];
    return key ? t(key) : english;
  };
  return (
    <article className="prose prose-zinc max-w-none dark:prose-invert">
      <h1>{t("title")}</h1>
      <p>
        {t.rich("intro", {
          link: (chunks) => <Link href={localePath(locale, CHECKLIST_PATH)}>{chunks}</Link>,
        })}
      </p>
      <Section id="laws" title={t("lawsTitle")} headingClassName="">
        {COUNTED.map((law) => (
          <section key={law.id} aria-labelledby={`law-${law.id}`}>
            <h3 id={`law-${law.id}`}>{t("lawHeading", { name: t(`law.${law.id}.name`), where: t(`law.${law.id}.where`) })}</h3>
            <p>{t(`law.${law.id}.summary`)}</p>
            <p>
              <strong>{t("restsOn")}</strong> {t(`law.${law.id}.citation`)}.{" "}
              {law.sources.map((s, i) => (
                <span key={s.url}>
                  {i > 0 ? "; " : ""}
                  <ExternalLink href={s.url} newTab={newTab}>
                    {s.title}
                  </ExternalLink>
                </span>
              ))}
              .
            </p>
          </section>
        ))}
      </Section>
      <Section id="example" title={t("exampleTitle")} headingClassName="">
        <RightsExample />
      </Section>
      <Section id="no-deadline" title={t("noDeadlineTitle")} headingClassName="">
        <p>{t("law.none.summary")}</p>
        <ul>
          <li>{t("noDeadline1")}</li>
          <li>{t("noDeadline2")}</li>
          <li>{t("noDeadline3")}</li>
          <li>{t("noDeadline4")}</li>
        </ul>
      </Section>
      <Section id="complain" title={t("complainTitle")} headingClassName="">
        <p>{t("complainText")}</p>
        <h3>{t("authorities")}</h3>
        <ul>
          {data.authorities.map((a) => (
            <li key={a.country}>
              {country(a.country, a.countryName)}:{" "}
              <ExternalLink href={a.complaint ?? a.url} newTab={newTab}>
                {a.name}
              </ExternalLink>
              {a.note ? ` ${noteOf(a.country, a.note)}` : ""}
            </li>
          ))}
        </ul>
        <h3>{t("leadsTitle")}</h3>
        <ul>
          {data.leads.map((l) => (
            <li key={l.company}>
              {t("lead", { company: l.company, controller: l.controller, authority: data.authorities.find((a) => a.country === l.authority)?.name ?? l.authority })} (
              <ExternalLink href={l.source.url} newTab={newTab}>
                {l.source.title}
              </ExternalLink>
              )
            </li>
          ))}
        </ul>
        <p>
          {t("listSources")}{" "}
          {data.sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? "; " : ""}
              <ExternalLink href={s.url} newTab={newTab}>
                {s.title}
              </ExternalLink>
            </span>
          ))}
          . {t("checkedOn", { date: formatDay(data.lastReviewed, locale) })}
        </p>
      </Section>
    </article>
  );
}
