/**
 * The legal deadlines Untrain counts, each with the text of the law (or the regulator's page) it rests on.
 * This is the one place these rules live: the due dates, the /rights page and the letters all read it.
 * Pure data, no imports from the server, so the browser's letter builder can use it too.
 */
import type { RequestRight } from "./vocabulary";

export const LAW_IDS = ["gdpr", "uk-gdpr", "us-ca", "us-va", "us-ut", "none"] as const;
export type LawId = (typeof LAW_IDS)[number];

export type Period = { months: number } | { days: number };

export type LegalSource = { title: string; url: string };

export type LawRule = {
  id: LawId;
  /** "GDPR", "UK GDPR", "California (CCPA/CPRA)". */
  name: string;
  /** Where the reader lives for this rule to be theirs. */
  where: string;
  /** The rights whose requests this law sets a deadline for; others get no legal deadline from it. */
  rights: readonly RequestRight[];
  /** From the day the company receives the request. */
  period: Period;
  /** Added once when the company says it needs more time (it must say so within the first period). */
  extension: Period;
  /** A period that ends on a Saturday or Sunday runs to the next Monday. Public holidays are not counted in. */
  nextWorkingDay: boolean;
  /** What the law says, in our words, for the /rights page. */
  summary: string;
  /** The article or section, as a lawyer would cite it. */
  citation: string;
  sources: readonly LegalSource[];
};

const gdprRights = ["object", "erase", "access"] as const;

export const LAWS: readonly LawRule[] = [
  {
    id: "gdpr",
    name: "GDPR",
    where: "the EU and the EEA",
    rights: gdprRights,
    period: { months: 1 },
    extension: { months: 2 },
    nextWorkingDay: true,
    summary:
      "The company must tell you what it did about your objection, erasure or access request without undue delay and at the latest one month after it received it. " +
      "It may take two further months when requests are complex or numerous, but it must tell you so, with reasons, within the first month. " +
      "A month runs to the same date in the next month, or to that month's last day when it has no such date; a deadline on a weekend moves to the next working day.",
    citation: "GDPR Article 12(3); periods counted under Regulation (EEC, Euratom) No 1182/71, Article 3",
    sources: [
      { title: "Regulation (EU) 2016/679 (GDPR), Article 12 (EUR-Lex)", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
      { title: "How long will it take? (Data Protection Commission, Ireland)", url: "https://dataprotection.ie/en/individuals/know-your-rights/how-long-will-it-take" },
      { title: "Regulation No 1182/71 determining the rules applicable to periods, dates and time limits (EUR-Lex)", url: "https://eur-lex.europa.eu/eli/reg/1971/1182/oj" },
    ],
  },
  {
    id: "uk-gdpr",
    name: "UK GDPR",
    where: "the United Kingdom",
    rights: gdprRights,
    period: { months: 1 },
    extension: { months: 2 },
    nextWorkingDay: true,
    summary:
      "The same rule as the GDPR: one month from the day the company received your request, and two further months only if it tells you within the first month why it needs them. " +
      "The ICO counts the month to the same date in the next month (the month's last day when there is none) and moves a deadline on a weekend or bank holiday to the next working day.",
    citation: "UK GDPR Article 12(3)",
    sources: [{ title: "UK GDPR, Article 12 (legislation.gov.uk)", url: "https://www.legislation.gov.uk/eur/2016/679/article/12" }],
  },
  {
    id: "us-ca",
    name: "California (CCPA/CPRA)",
    where: "California",
    rights: ["erase", "access"],
    period: { days: 45 },
    extension: { days: 45 },
    nextWorkingDay: false,
    summary:
      "A business must act on a request to delete or to know within 45 calendar days of receiving it, however long it takes to verify you. " +
      "It may take 45 more days once, when reasonably necessary, if it tells you within the first 45 days. California law gives no right to object to AI training as such.",
    citation: "California Civil Code § 1798.130(a)(2)(A); CCPA Regulations § 7021(b)",
    sources: [
      { title: "California Civil Code § 1798.130 (California Legislative Information)", url: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.130" },
    ],
  },
  {
    id: "us-va",
    name: "Virginia (VCDPA)",
    where: "Virginia",
    rights: ["erase", "access"],
    period: { days: 45 },
    extension: { days: 45 },
    nextWorkingDay: false,
    summary:
      "A controller must answer within 45 days of receiving your request, and may extend that once by 45 days when reasonably necessary, telling you within the first 45 days.",
    citation: "Code of Virginia § 59.1-577(B)",
    sources: [{ title: "Code of Virginia § 59.1-577 (Virginia Law)", url: "https://law.lis.virginia.gov/vacode/title59.1/chapter53/section59.1-577/" }],
  },
  {
    id: "us-ut",
    name: "Utah (UCPA)",
    where: "Utah",
    rights: ["erase", "access"],
    period: { days: 45 },
    extension: { days: 45 },
    nextWorkingDay: false,
    summary:
      "Within 45 days after the day it receives your request, a controller must act on it and tell you what it did; it may extend once by 45 days, telling you before the first 45 days run out, with reasons.",
    citation: "Utah Code § 13-61-203(2)",
    sources: [{ title: "Utah Code § 13-61-203 (Utah Legislature)", url: "https://le.utah.gov/xcode/Title13/Chapter61/13-61-S203.html" }],
  },
  {
    id: "none",
    name: "No legal deadline we can count",
    where: "anywhere else",
    rights: [],
    period: { days: 0 },
    extension: { days: 0 },
    nextWorkingDay: false,
    summary:
      "Where you live, or for this kind of request, Untrain knows no law that gives the company a deadline. " +
      "We do not invent one: the request is tracked without a due date, and you decide when to follow up.",
    citation: "",
    sources: [],
  },
];

export function lawRule(id: LawId): LawRule {
  return LAWS.find((law) => law.id === id)!;
}

/** The law whose deadline applies to a request, from where the reader lives (the plan's region, and the state for the US). */
export function applicableLaw(region: string | null | undefined, usState?: string | null): LawId {
  if (region === "EU") return "gdpr";
  if (region === "UK") return "uk-gdpr";
  if (region === "US") {
    if (usState === "CA") return "us-ca";
    if (usState === "VA") return "us-va";
    if (usState === "UT") return "us-ut";
  }
  return "none";
}

/** True when the law sets a deadline for this kind of request. */
export function lawCovers(law: LawRule, right: RequestRight): boolean {
  return law.rights.includes(right);
}

/** US states whose law Untrain counts, for the "where do you live" choice of a US reader. */
export const US_STATES = [
  { code: "CA", name: "California" },
  { code: "VA", name: "Virginia" },
  { code: "UT", name: "Utah" },
  { code: "other", name: "Another state" },
] as const;
