/** Sentences about a tracked request, the same in the step island and the checklist. Pure. */
import { formatDate } from "@/lib/format";
import { lawRule, type LawId } from "./laws";
import type { Timing } from "./deadlines";
import { CHANNEL_LABELS, OUTCOME_LABELS, type RequestChannel, type RequestOutcome, type RequestState } from "./vocabulary";

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

export function sentLine(r: Pick<RequestFacts, "sentOn" | "channel" | "reference">): string {
  return `Sent on ${formatDate(r.sentOn)} (${CHANNEL_LABELS[r.channel].toLowerCase()})${r.reference ? `, reference ${r.reference}` : ""}.`;
}

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/** "Answer due by 2 March 2026 under the GDPR: 30 days left." / "… 4 days late." / no deadline. */
export function dueLine(r: Pick<RequestFacts, "law" | "extended" | "timing">): string {
  const law = lawRule(r.law);
  const t = r.timing;
  if (t.kind === "no-deadline") return "No legal deadline we can count for this request where you live.";
  const under = `under the ${law.name}${r.extended ? ", extended" : ""}`;
  if (t.kind === "due") return `Answer due by ${formatDate(t.dueOn)} ${under}: ${t.daysLeft === 0 ? "due today" : `${days(t.daysLeft)} left`}.`;
  return `Answer was due by ${formatDate(t.dueOn)} ${under}: ${days(t.daysLate)} late.`;
}

export function stateLine(r: Pick<RequestFacts, "state" | "outcome" | "answeredOn" | "timing">): string {
  if (r.state === "answered") return `Answered${r.answeredOn ? ` on ${formatDate(r.answeredOn)}` : ""}: ${OUTCOME_LABELS[r.outcome ?? "accepted"].toLowerCase()}.`;
  if (r.state === "closed") return "Closed.";
  return r.timing.kind === "overdue" ? "Overdue." : "Waiting for an answer.";
}
