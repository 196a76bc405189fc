/**
 * The letters a reader sends, written from the request's facts and the reader's name and address, which
 * are typed into the browser and never sent to our server. Pure and dependency-free: the browser builds
 * them, tests read them. Plain text, because it goes into a mail app, a form's text box or onto paper.
 * The words are in ./letter-texts.ts, one set per language; the reader picks the letter's language
 * (the page's by default), since it is written to a company or an authority, not to the reader.
 */
import { formatDay } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import { lawRule } from "./laws";
import { LETTER_TEXTS, SUBJECT_WORD, type Letter, type LetterFacts } from "./letter-texts";

export type { Letter, LetterFacts } from "./letter-texts";
export type LetterKind = "request" | "follow-up" | "complaint";

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
