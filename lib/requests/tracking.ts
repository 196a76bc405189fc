/**
 * Requests a signed-in reader sent, tracked to an answer: mark sent, extend, answer, close, stop tracking,
 * list, and merge what was tracked on the device before signing in. Every function takes the user id the
 * caller resolved from the session and only touches that user's rows (the ownership check); steps are
 * checked against the guides, never trusted from the client. The due date is derived here (./deadlines.ts)
 * and stored so reminders can find due requests by date.
 */
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/http/errors";
import { parseInput, slug } from "@/lib/http/validation";
import { addDays, dueDate, isCalendarDate, timing, type Timing } from "./deadlines";
import { applicableLaw, LAW_IDS, type LawId } from "./laws";
import type { RequestStep } from "./request-steps";
import { MAX_REFERENCE_LENGTH, REQUEST_CHANNELS, REQUEST_OUTCOMES, type RequestChannel, type RequestOutcome, type RequestRight, type RequestState } from "./vocabulary";

export class RequestError extends UserFacingError {
  override name = "RequestError";
}

/** The earliest date a request can have been sent: the GDPR's first day of application. */
export const EARLIEST_SENT_ON = "2018-05-25";

/** "Today" in the reader's terms: a date, so time zones only ever move it by a day; tomorrow is allowed for readers east of UTC. */
export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const calendarDate = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(isCalendarDate, "is not a real date");

const reference = z
  .string()
  .transform((r) => r.trim())
  .pipe(
    z
      .string()
      .max(MAX_REFERENCE_LENGTH, `must be at most ${MAX_REFERENCE_LENGTH} characters`)
      .regex(/^[\p{L}\p{N} ._:/#-]*$/u, "may only contain letters, digits, spaces and . _ : / # -"),
  );

const usState = z.enum(["CA", "VA", "UT", "other"], { error: "must be CA, VA, UT or other" });

export const markSentSchema = z.strictObject({
  guide: slug,
  stepId: slug,
  sentOn: calendarDate,
  channel: z.enum(REQUEST_CHANNELS, { error: `must be one of: ${REQUEST_CHANNELS.join(", ")}` }),
  reference: reference.optional(),
  /** Where the reader lives, for the law: the plan's region is the default. */
  region: z.enum(["EU", "UK", "CH", "US", "other"]).nullable().optional(),
  usState: usState.nullable().optional(),
});

export const updateSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("extended"), guide: slug, stepId: slug, extended: z.boolean({ error: "extended must be true or false" }) }),
  z.strictObject({
    action: z.literal("answered"),
    guide: slug,
    stepId: slug,
    outcome: z.enum(REQUEST_OUTCOMES, { error: `outcome must be one of: ${REQUEST_OUTCOMES.join(", ")}` }),
    answeredOn: calendarDate,
  }),
  z.strictObject({ action: z.literal("closed"), guide: slug, stepId: slug }),
  z.strictObject({ action: z.literal("reopened"), guide: slug, stepId: slug }),
]);

export const stopSchema = z.strictObject({ guide: slug, stepId: slug });

export type TrackedRequestView = {
  guide: string;
  stepId: string;
  right: RequestRight;
  law: LawId;
  sentOn: string;
  channel: RequestChannel;
  reference: string | null;
  state: RequestState;
  extended: boolean;
  dueOn: string | null;
  answeredOn: string | null;
  outcome: RequestOutcome | null;
  /** Derived for `today`: days left, days late, or no deadline. Only meaningful while the state is "sent". */
  timing: Timing;
};

type Row = {
  guide: string;
  stepId: string;
  right: string;
  law: string;
  sentOn: Date;
  channel: string;
  reference: string | null;
  state: string;
  extended: boolean;
  dueOn: Date | null;
  answeredOn: Date | null;
  outcome: string | null;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const toDbChannel = (c: RequestChannel) => (c === "in-app" ? "in_app" : c) as "form" | "email" | "in_app" | "post";
const fromDbChannel = (c: string) => (c === "in_app" ? "in-app" : c) as RequestChannel;
const toDbOutcome = (o: RequestOutcome) => (o === "asked-for-more" ? "asked_for_more" : o) as "accepted" | "refused" | "asked_for_more";
const fromDbOutcome = (o: string | null) => (o === "asked_for_more" ? "asked-for-more" : o) as RequestOutcome | null;
const asDate = (d: string) => new Date(`${d}T00:00:00Z`);

export function toView(row: Row, today: string): TrackedRequestView {
  const dueOn = day(row.dueOn);
  return {
    guide: row.guide,
    stepId: row.stepId,
    right: row.right as RequestRight,
    law: (LAW_IDS as readonly string[]).includes(row.law) ? (row.law as LawId) : "none",
    sentOn: day(row.sentOn)!,
    channel: fromDbChannel(row.channel),
    reference: row.reference,
    state: row.state as RequestState,
    extended: row.extended,
    dueOn,
    answeredOn: day(row.answeredOn),
    outcome: fromDbOutcome(row.outcome),
    timing: timing(dueOn, today),
  };
}

const SELECT = { guide: true, stepId: true, right: true, law: true, sentOn: true, channel: true, reference: true, state: true, extended: true, dueOn: true, answeredOn: true, outcome: true } as const;

function requestStep(steps: ReadonlyMap<string, RequestStep>, guide: string, stepId: string): RequestStep {
  const step = steps.get(`${guide}/${stepId}`);
  if (!step) throw new RequestError(422, `"${guide}/${stepId}" is not a request step of a guide: only objections and data requests can be tracked.`);
  return step;
}

function checkSentOn(sentOn: string, today: string) {
  if (sentOn < EARLIEST_SENT_ON) throw new RequestError(422, `sentOn: the date is before ${EARLIEST_SENT_ON}, when the GDPR began to apply.`);
  if (sentOn > addDays(today, 1)) throw new RequestError(422, "sentOn: the date is in the future.");
}

async function planRegion(db: PrismaClient, userId: string): Promise<string | null> {
  const plan = await db.plan.findUnique({ where: { userId }, select: { region: true } });
  return plan?.region ?? null;
}

/** "I sent it": starts tracking a request step (or corrects how and when it was sent). Idempotent per step. */
export async function markSent(db: PrismaClient, userId: string, input: unknown, steps: ReadonlyMap<string, RequestStep>, today = utcToday()): Promise<TrackedRequestView> {
  const data = parseInput(markSentSchema, input);
  const step = requestStep(steps, data.guide, data.stepId);
  checkSentOn(data.sentOn, today);
  const region = data.region === undefined ? await planRegion(db, userId) : data.region;
  const law = applicableLaw(region, data.usState ?? null);
  const existing = await db.trackedRequest.findUnique({ where: { userId_guide_stepId: { userId, guide: data.guide, stepId: data.stepId } }, select: { extended: true } });
  const extended = existing?.extended ?? false;
  const due = dueDate({ law, right: step.right, sentOn: data.sentOn, extended });
  const fields = {
    right: step.right,
    law,
    sentOn: asDate(data.sentOn),
    channel: toDbChannel(data.channel),
    reference: data.reference ? data.reference : null,
    dueOn: due ? asDate(due) : null,
  } as const;
  const row = await db.trackedRequest.upsert({
    where: { userId_guide_stepId: { userId, guide: data.guide, stepId: data.stepId } },
    create: { userId, guide: data.guide, stepId: data.stepId, ...fields },
    update: { ...fields, remindedDueAt: null, remindedLateAt: null },
    select: SELECT,
  });
  return toView(row, today);
}

/** The company extended the deadline, answered, or the reader closed (or reopened) the request. */
export async function updateRequest(db: PrismaClient, userId: string, input: unknown, today = utcToday()): Promise<TrackedRequestView> {
  const data = parseInput(updateSchema, input);
  const where = { userId_guide_stepId: { userId, guide: data.guide, stepId: data.stepId } };
  const existing = await db.trackedRequest.findUnique({ where, select: SELECT });
  if (!existing) throw new RequestError(404, "You are not tracking that request.", "not-tracked");
  const current = toView(existing, today);
  let update: Record<string, unknown>;
  switch (data.action) {
    case "extended": {
      const due = dueDate({ law: current.law, right: current.right, sentOn: current.sentOn, extended: data.extended });
      if (data.extended && !due) throw new RequestError(422, "No law we count sets a deadline for this request, so there is nothing to extend.");
      update = { extended: data.extended, dueOn: due ? asDate(due) : null, remindedDueAt: null, remindedLateAt: null };
      break;
    }
    case "answered":
      if (data.answeredOn < current.sentOn) throw new RequestError(422, "answeredOn: the answer cannot come before the request was sent.");
      if (data.answeredOn > addDays(today, 1)) throw new RequestError(422, "answeredOn: the date is in the future.");
      update = { state: "answered", outcome: toDbOutcome(data.outcome), answeredOn: asDate(data.answeredOn) };
      break;
    case "closed":
      update = { state: "closed" };
      break;
    case "reopened":
      update = { state: "sent", outcome: null, answeredOn: null };
      break;
  }
  const row = await db.trackedRequest.update({ where, data: update, select: SELECT });
  return toView(row, today);
}

/** Stops tracking a request; idempotent. */
export async function stopTracking(db: PrismaClient, userId: string, input: unknown): Promise<void> {
  const { guide, stepId } = parseInput(stopSchema, input);
  await db.trackedRequest.deleteMany({ where: { userId, guide, stepId } });
}

/** The reader's requests, waiting ones first by due date, then the rest by when they were sent. */
export async function listRequests(db: PrismaClient, userId: string, today = utcToday(), guide?: string): Promise<TrackedRequestView[]> {
  if (guide !== undefined) parseInput(slug, guide);
  const rows = await db.trackedRequest.findMany({ where: { userId, ...(guide ? { guide } : {}) }, select: SELECT, orderBy: [{ sentOn: "asc" }] });
  return sortRequests(rows.map((r) => toView(r, today)));
}

export function sortRequests(requests: TrackedRequestView[]): TrackedRequestView[] {
  const rank = (r: TrackedRequestView) => (r.state === "sent" ? 0 : r.state === "answered" ? 1 : 2);
  return [...requests].sort((a, b) => rank(a) - rank(b) || (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") || a.sentOn.localeCompare(b.sentOn));
}

export const mergeRequestsSchema = z.strictObject({
  requests: z.array(markSentSchema.omit({ region: true, usState: true }).extend({ extended: z.boolean().optional() })).max(200, "too many requests in one merge"),
  region: z.enum(["EU", "UK", "CH", "US", "other"]).nullable().optional(),
  usState: usState.nullable().optional(),
});

/**
 * Sign-in: requests tracked on the device join the account. The account's own rows win (they may have
 * been answered since); unknown steps and impossible dates are skipped, never a reason to lose the rest.
 */
export async function mergeRequests(db: PrismaClient, userId: string, input: unknown, steps: ReadonlyMap<string, RequestStep>, today = utcToday()): Promise<{ added: number; skipped: number }> {
  const data = parseInput(mergeRequestsSchema, input);
  const region = data.region === undefined ? await planRegion(db, userId) : data.region;
  const law = applicableLaw(region, data.usState ?? null);
  let skipped = 0;
  const rows = data.requests.flatMap((r) => {
    const step = steps.get(`${r.guide}/${r.stepId}`);
    if (!step || r.sentOn < EARLIEST_SENT_ON || r.sentOn > addDays(today, 1)) {
      skipped++;
      return [];
    }
    const extended = !!r.extended && dueDate({ law, right: step.right, sentOn: r.sentOn, extended: true }) !== null;
    const due = dueDate({ law, right: step.right, sentOn: r.sentOn, extended });
    return [
      {
        userId,
        guide: r.guide,
        stepId: r.stepId,
        right: step.right,
        law,
        sentOn: asDate(r.sentOn),
        channel: toDbChannel(r.channel),
        reference: r.reference ? r.reference : null,
        extended,
        dueOn: due ? asDate(due) : null,
      },
    ];
  });
  const { count } = await db.trackedRequest.createMany({ data: rows, skipDuplicates: true });
  return { added: count, skipped: skipped + (rows.length - count) };
}

export const requestRemindersSchema = z.strictObject({ on: z.boolean({ error: "on must be true or false" }) });

/** Mails when a tracked request is due and a week overdue: off unless the reader turns them on. */
export async function setRequestReminders(db: PrismaClient, userId: string, input: unknown): Promise<boolean> {
  const { on } = parseInput(requestRemindersSchema, input);
  await db.user.update({ where: { id: userId }, data: { requestReminders: on } });
  return on;
}
