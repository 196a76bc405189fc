/**
 * Sentences about a tracked request, the same in the step island and the checklist, in the reader's
 * language: the words come from the `client.requests` catalogue through the translator passed in
 * (useTranslations in a component, createTranslator in a test), dates from lib/i18n/dates.ts. Pure.
 */
import { formatDay } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { LawId } from "./laws";
import type { Timing } from "./deadlines";
import type { RequestChannel, RequestOutcome, RequestState } from "./vocabulary";

export type RequestFacts = {
  sentOn: string;
  channel: RequestChannel;
  reference: string | null;
  law: LawId;
  extended: boolean;
  state: RequestState;
  outcome: RequestOutcome | null;
  answeredOn: string | null;
  timing: Timing;
};

type RequestWord =
  | "sent"
  | "sentWithReference"
  | "noDeadline"
  | "due"
  | "overdue"
  | "answeredOn"
  | "answered"
  | "closed"
  | "overdueState"
  | "waiting"
  | `law.${LawId}`
  | `channelInSentence.${RequestChannel}`
  | `outcomeInSentence.${RequestOutcome}`;

/** The `client.requests` translator (or any function that answers its keys). */
export type RequestWords = (key: RequestWord, values?: Record<string, string | number>) => string;

/** "Sent on 31 January 2026 (web form), reference AB-1." */
export function localSentLine(t: RequestWords, locale: Locale, r: Pick<RequestFacts, "sentOn" | "channel" | "reference">): string {
  const values = { date: formatDay(r.sentOn, locale), channel: t(`channelInSentence.${r.channel}`) };
  return r.reference ? t("sentWithReference", { ...values, reference: r.reference }) : t("sent", values);
}

/** "Answer due by 2 March 2026 under the GDPR: 30 days left." / "… 4 days late." / no deadline. */
export function localDueLine(t: RequestWords, locale: Locale, r: Pick<RequestFacts, "law" | "extended" | "timing">): string {
  const timing = r.timing;
  if (timing.kind === "no-deadline") return t("noDeadline");
  const values = { date: formatDay(timing.dueOn, locale), law: t(`law.${r.law}`), extended: r.extended ? "yes" : "no" };
  return timing.kind === "due" ? t("due", { ...values, days: timing.daysLeft }) : t("overdue", { ...values, days: timing.daysLate });
}

/** "Answered on 1 February 2026: refused." / "Closed." / "Overdue." / "Waiting for an answer." */
export function localStateLine(t: RequestWords, locale: Locale, r: Pick<RequestFacts, "state" | "outcome" | "answeredOn" | "timing">): string {
  if (r.state === "answered") {
    const outcome = t(`outcomeInSentence.${r.outcome ?? "accepted"}`);
    return r.answeredOn ? t("answeredOn", { date: formatDay(r.answeredOn, locale), outcome }) : t("answered", { outcome });
  }
  if (r.state === "closed") return t("closed");
  return r.timing.kind === "overdue" ? t("overdueState") : t("waiting");
}
