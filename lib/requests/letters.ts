/**
 * The letters a reader sends, written from the request's facts and the reader's name and address, which
 * are typed into the browser and never sent to our server. Pure and dependency-free: the browser builds
 * them, tests read them. Plain text, because it goes into a mail app, a form's text box or onto paper.
 */
import { lawRule, type LawId } from "./laws";
import type { RequestRight } from "./vocabulary";

export type LetterKind = "request" | "follow-up" | "complaint";

export type LetterFacts = {
  company: string;
  platform: string;
  right: RequestRight;
  law: LawId;
  /** The reader's name and the address of their account with the company: typed in the browser, never stored. */
  name: string;
  accountEmail: string;
  /** Formatted dates ("5 December 2026"). */
  today: string;
  sentOn?: string;
  dueOn?: string | null;
  reference?: string | null;
  /** What the company did, for a complaint: nothing, refused, asked for more. */
  outcome?: "no-answer" | "refused" | "asked-for-more";
  /** The authority the complaint goes to. */
  authority?: string;
};

export type Letter = { subject: string; body: string };

const GDPR_ARTICLE: Record<RequestRight, string> = {
  object: "Article 21",
  erase: "Article 17",
  access: "Article 15",
};

function legalBasis(law: LawId, right: RequestRight): string {
  if (law === "gdpr") return `${GDPR_ARTICLE[right]} of the General Data Protection Regulation (GDPR)`;
  if (law === "uk-gdpr") return `${GDPR_ARTICLE[right]} of the UK GDPR`;
  if (law === "us-ca") return right === "erase" ? "the California Consumer Privacy Act (Cal. Civ. Code § 1798.105)" : "the California Consumer Privacy Act (Cal. Civ. Code § 1798.110)";
  if (law === "us-va") return "the Virginia Consumer Data Protection Act (Va. Code § 59.1-577)";
  if (law === "us-ut") return "the Utah Consumer Privacy Act (Utah Code § 13-61-201)";
  return "";
}

function what(right: RequestRight, platform: string): string {
  switch (right) {
    case "object":
      return `I object to the processing of my personal data for developing, training and improving artificial intelligence models and features, including the content and activity of my ${platform} account.`;
    case "erase":
      return `Please erase the personal data you hold about me, including what is linked to my ${platform} account, and tell the recipients you disclosed it to.`;
    case "access":
      return `Please give me a copy of the personal data you hold about me, including what was used to train or improve AI models, with the purposes, recipients, retention period and source of that data.`;
  }
}

/** "Please …" → "please …" after "Under …,"; "I" stays a capital. */
function lowerFirst(sentence: string): string {
  return sentence.startsWith("I ") ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function subjectOf(right: RequestRight): string {
  return right === "object" ? "Objection to processing" : right === "erase" ? "Erasure request" : "Access request";
}

function deadlineSentence(law: LawId): string {
  const rule = lawRule(law);
  if (law === "none") return "Please reply without undue delay.";
  const period = "months" in rule.period ? `${rule.period.months} month${rule.period.months === 1 ? "" : "s"}` : `${rule.period.days} days`;
  return `Under ${rule.citation.split(";")[0]}, you must reply within ${period} of receiving this request.`;
}

function signature(facts: LetterFacts): string[] {
  return ["", "Kind regards,", facts.name || "[your name]", `Account: ${facts.accountEmail || "[the email address of your account]"}`];
}

/** The first letter: an objection, erasure or access request. */
export function requestLetter(facts: LetterFacts): Letter {
  const basis = legalBasis(facts.law, facts.right);
  const lines = [
    `To ${facts.company}'s privacy team,`,
    "",
    basis ? `Under ${basis}, ${lowerFirst(what(facts.right, facts.platform))}` : what(facts.right, facts.platform),
    "",
    `My account with ${facts.platform} uses the email address ${facts.accountEmail || "[the email address of your account]"}.`,
    facts.right === "object"
      ? "Please confirm that you have stopped this processing, and that my data will not be used to train or improve models from now on."
      : "Please confirm when you have done this.",
    deadlineSentence(facts.law),
    ...signature(facts),
  ];
  return { subject: `${subjectOf(facts.right)}: ${facts.platform} account ${facts.accountEmail || ""}`.trim(), body: lines.join("\n") };
}

/** The reminder after the deadline: cites the first request, its date and the deadline. */
export function followUpLetter(facts: LetterFacts): Letter {
  const basis = legalBasis(facts.law, facts.right);
  const lines = [
    `To ${facts.company}'s privacy team,`,
    "",
    `On ${facts.sentOn ?? "[date]"} I sent you ${facts.right === "object" ? "an objection to the processing of my personal data for AI training" : facts.right === "erase" ? "a request to erase my personal data" : "a request for access to my personal data"}${basis ? ` under ${basis}` : ""}${facts.reference ? ` (your reference: ${facts.reference})` : ""}.`,
    facts.dueOn ? `Your answer was due by ${facts.dueOn}, and I have not received it.` : "I have not received an answer.",
    "",
    "Please answer within 7 days. If I do not hear from you, I will complain to the data protection authority.",
    ...signature(facts),
  ];
  return { subject: `Follow-up: ${subjectOf(facts.right).toLowerCase()} sent on ${facts.sentOn ?? ""}`.trim(), body: lines.join("\n") };
}

/** The complaint to a data protection authority: what was asked, when, and what happened. */
export function complaintText(facts: LetterFacts): Letter {
  const happened =
    facts.outcome === "refused"
      ? "The company refused my request."
      : facts.outcome === "asked-for-more"
        ? "The company asked me for more information, which I consider unnecessary to handle the request."
        : facts.dueOn
          ? `The company did not answer by ${facts.dueOn}, the deadline set by law, nor did it tell me it needed more time.`
          : "The company has not answered.";
  const lines = [
    `To ${facts.authority ?? "the data protection authority"},`,
    "",
    `I want to lodge a complaint against ${facts.company} (${facts.platform}).`,
    "",
    `On ${facts.sentOn ?? "[date]"} I sent ${facts.company} ${facts.right === "object" ? "an objection to the use of my personal data for training AI models" : facts.right === "erase" ? "a request to erase my personal data" : "a request for access to my personal data"}${legalBasis(facts.law, facts.right) ? ` under ${legalBasis(facts.law, facts.right)}` : ""}${facts.reference ? ` (their reference: ${facts.reference})` : ""}.`,
    happened,
    "",
    "I ask you to examine this complaint and to order the company to deal with my request. I can send you a copy of my request and of any reply.",
    ...signature(facts),
  ];
  return { subject: `Complaint against ${facts.company}: ${subjectOf(facts.right).toLowerCase()} not handled`, body: lines.join("\n") };
}

export function letterFor(kind: LetterKind, facts: LetterFacts): Letter {
  return kind === "request" ? requestLetter(facts) : kind === "follow-up" ? followUpLetter(facts) : complaintText(facts);
}

/** A mailto: link that opens the reader's mail app with the letter (addresses only from the guide's data). */
export function mailtoHref(contact: string | undefined, letter: Letter): string {
  const to = contact?.startsWith("mailto:") ? contact.slice("mailto:".length) : "";
  return `mailto:${to}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body)}`;
}
