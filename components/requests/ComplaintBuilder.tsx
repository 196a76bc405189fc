"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { LetterFacts } from "@/lib/requests/letters";
import { LetterBuilder } from "./LetterBuilder";
import { ExternalLink } from "@/components/ui/ExternalLink";

export type AuthorityChoice = { country: string; countryName: string; name: string; url: string; complaint?: string; note?: string };

/**
 * The complaint to a data protection authority: the reader picks where they live (they may always complain
 * there, GDPR Article 77); the lead authority for the company is named beside it.
 */
export function ComplaintBuilder({
  facts,
  authorities,
  lead,
}: {
  facts: Omit<LetterFacts, "name" | "accountEmail" | "authority">;
  authorities: AuthorityChoice[];
  lead?: { controller: string; authority: AuthorityChoice };
}) {
  const id = useId();
  const t = useTranslations("client.letters");
  const [country, setCountry] = useState(lead && authorities.some((a) => a.country === lead.authority.country) ? lead.authority.country : (authorities[0]?.country ?? ""));
  const chosen = authorities.find((a) => a.country === country);
  if (!authorities.length) return null;
  return (
    <div className="complaint mt-2 text-sm">
      <label htmlFor={`${id}-authority`} className="mr-2">
        {t("complainTo")}
      </label>
      <select id={`${id}-authority`} value={country} onChange={(e) => setCountry(e.target.value)} className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
          {authorities.map((a) => (
            <option key={a.country} value={a.country}>
              {a.countryName}
            </option>
          ))}
      </select>
      {lead ? (
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          {t("lead", { company: facts.company, controller: lead.controller, authority: lead.authority.name })}
        </p>
      ) : null}
      {chosen ? (
        <>
          <p className="mt-1">
            <ExternalLink href={chosen.complaint ?? chosen.url} newTab={t("external")}>
              {chosen.name}: {chosen.complaint ? t("complaintPage") : t("website")}
            </ExternalLink>
            {chosen.note ? ` ${chosen.note}` : ""}
          </p>
          <LetterBuilder kind="complaint" facts={{ ...facts, authority: chosen.name }} />
        </>
      ) : null}
    </div>
  );
}
