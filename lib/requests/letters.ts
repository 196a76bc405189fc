/**
 * The letters a reader sends, written from the request's facts and the reader's name and address, which
 * are typed into the browser and never sent to our server. Pure and dependency-free: the browser builds
 * them, tests read them. Plain text, because it goes into a mail app, a form's text box or onto paper.
 * The words are in ./letter-texts.ts, one set per language; the reader picks the letter's language
 * (the page's by default), since it is written to a company or an authority, not to the reader.
 */
import { formatDay } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import { lawRule, type LawId } from "./laws";
import { LETTER_TEXTS, SUBJECT_WORD, type Letter } from "./letter-texts";
import type { RequestRight } from "./vocabulary";

export type { Letter } from "./letter-texts";
export type LetterKind = "request" | "follow-up" | "complaint";

export type LetterFacts = {
  company: string;
  platform: string;
  right: RequestRight;
  law: LawId;
  /** The reader's name and the address of their account with the company: typed in the browser, never stored. */
  name: string;
  accountEmail: string;
  /** Calendar dates ("2026-12-05"), written out in the letter's language. */
  sentOn?: string;
  dueOn?: string | null;
  reference?: string | null;
  /** What the company did, for a complaint: nothing, refused, asked for more. */
  outcome?: "no-answer" | "refused" | "asked-for-more";
  /** The authority the complaint goes to. */
  authority?: string;
};

export function letterFor(kind: LetterKind, facts: LetterFacts, language: Locale = "en"): Letter {
  const rule = lawRule(facts.law);
  const words = {
    ...facts,
    ...(facts.sentOn ? { sentOn: formatDay(facts.sentOn, language) } : {}),
    dueOn: facts.dueOn ? formatDay(facts.dueOn, language) : null,
    period: facts.law === "none" ? null : rule.period,
    usCitation: facts.law.startsWith("us-") ? (rule.citation.split(";")[0] ?? null) : null,
  };
  const texts = LETTER_TEXTS[language];
  return kind === "request" ? texts.request(words) : kind === "follow-up" ? texts.followUp(words) : texts.complaint(words);
}

/** The letter as one text to copy or download: "Subject: …", a blank line, the body. */
export function letterText(letter: Letter, language: Locale = "en"): string {
  return `${SUBJECT_WORD[language]} ${letter.subject}\n\n${letter.body}`;
}

/** A mailto: link that opens the reader's mail app with the letter (addresses only from the guide's data). */
export function mailtoHref(contact: string | undefined, letter: Letter): string {
  const to = contact?.startsWith("mailto:") ? contact.slice("mailto:".length) : "";
  return `mailto:${to}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body)}`;
}
