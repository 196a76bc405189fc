import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { LAWS } from "@/lib/requests/laws";
import { authoritiesData } from "@/lib/requests/authorities";
import { formatDate } from "@/lib/format";
import { CHECKLIST_PATH, RIGHTS_PATH } from "@/lib/paths";
import { Section } from "@/components/ui/Section";
import { RightsExample } from "@/components/requests/RightsExample";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), RIGHTS_PATH,
  "Your rights when a company owes you an answer",
  "How long a company has to answer an objection or a data request under the GDPR, the UK GDPR and US state laws, how Untrain counts it, and where to complain.",);
}

function External({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer external" className="underline">
      {children}
      <span className="sr-only"> (external site, opens in a new tab)</span>
    </a>
  );
}

/** The deadline rules of lib/requests/laws.ts, each with its source, and the authorities, from the same data the due dates use. */
export default function RightsPage() {
  const data = authoritiesData();
  return (
    <article className="prose prose-zinc max-w-none dark:prose-invert">
      <h1>Your rights when a company owes you an answer</h1>
      <p>
        An objection or a data request is not a setting you switch: you send it, and the company must answer. Where you live decides how long it has. When you mark a request as sent in{" "}
        <Link href={CHECKLIST_PATH}>your checklist</Link>, Untrain counts the deadline with the rules below, and says so plainly when no law we know sets one.
      </p>
      <Section id="laws" title="The deadlines we count" headingClassName="">
        {LAWS.filter((law) => law.id !== "none").map((law) => (
          <section key={law.id} aria-labelledby={`law-${law.id}`}>
            <h3 id={`law-${law.id}`}>
              {law.name} ({law.where})
            </h3>
            <p>{law.summary}</p>
            <p>
              <strong>Rests on:</strong> {law.citation}.{" "}
              {law.sources.map((s, i) => (
                <span key={s.url}>
                  {i > 0 ? "; " : ""}
                  <External href={s.url}>{s.title}</External>
                </span>
              ))}
              .
            </p>
          </section>
        ))}
      </Section>
      <Section id="example" title="An example" headingClassName="">
        <RightsExample />
      </Section>
      <Section id="no-deadline" title="Where we count no deadline" headingClassName="">
        <p>{LAWS.find((l) => l.id === "none")!.summary}</p>
        <ul>
          <li>Switzerland, and US states other than California, Virginia and Utah: their laws may set periods we have not checked yet, so we show none rather than guess.</li>
          <li>California, Virginia and Utah give rights to delete and to know, not a right to object to AI training as such: an objection there has no legal deadline.</li>
          <li>A public holiday can add a day to a GDPR or UK GDPR deadline; we only move weekends.</li>
          <li>A letter by post reaches the company days after you sent it, which gives it more time than we show.</li>
        </ul>
      </Section>
      <Section id="complain" title="When the company is late or refuses" headingClassName="">
        <p>
          First send a follow-up that cites your request and the deadline (your checklist writes it). Then you can complain to a data protection authority. Under the GDPR you may complain
          where you live, work or where the problem happened, and your authority passes the complaint to the one that leads cases about the company.
        </p>
        <h3>Authorities</h3>
        <ul>
          {data.authorities.map((a) => (
            <li key={a.country}>
              {a.countryName}: <External href={a.complaint ?? a.url}>{a.name}</External>
              {a.note ? ` ${a.note}` : ""}
            </li>
          ))}
        </ul>
        <h3>Lead authorities of the big platforms</h3>
        <ul>
          {data.leads.map((l) => (
            <li key={l.company}>
              {l.company}: {l.controller}, so the lead authority is the {data.authorities.find((a) => a.country === l.authority)?.name} (<External href={l.source.url}>{l.source.title}</External>)
            </li>
          ))}
        </ul>
        <p>
          Sources of these lists:{" "}
          {data.sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? "; " : ""}
              <External href={s.url}>{s.title}</External>
            </span>
          ))}
          . Checked on {formatDate(data.lastReviewed)}.
        </p>
      </Section>
    </article>
  );
}
