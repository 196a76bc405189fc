import { afterAll, describe, expect, it } from "vitest";
import { testDb, makeUser } from "../support/database";
import { expectUserFacingError } from "../support/errors";
import { listRequests, markSent, mergeRequests, stopTracking, updateRequest } from "@/lib/requests/tracking";
import type { RequestStep } from "@/lib/requests/request-steps";
import { exportAccount } from "@/lib/account/data";

const db = testDb();
afterAll(() => db.$disconnect());

const step = (guide: string, stepId: string, right: RequestStep["right"], channel: RequestStep["channel"]): RequestStep => ({ guide, stepId, title: "Object", platform: "Meta", company: "Meta", right, channel });
const steps = new Map<string, RequestStep>([
  ["instagram/object-to-ai-use", step("instagram", "object-to-ai-use", "object", "form")],
  ["discord/email-privacy-team", step("discord", "email-privacy-team", "erase", "email")],
]);
const TODAY = "2026-01-31";
const sent = (over: Record<string, unknown> = {}) => ({ guide: "instagram", stepId: "object-to-ai-use", sentOn: "2026-01-31", channel: "form", ...over });

describe("tracked requests", () => {
  it("marks a request sent with the due date of the reader's law, extends it, answers it and closes it", async () => {
    const user = await makeUser(db);
    await db.plan.create({ data: { userId: user.id, guides: [], region: "EU" } });
    const first = await markSent(db, user.id, sent({ reference: "REF-123 /a" }), steps, TODAY);
    expect(first).toMatchObject({ law: "gdpr", right: "object", sentOn: "2026-01-31", dueOn: "2026-03-02", state: "sent", extended: false, reference: "REF-123 /a" });
    expect(first.timing).toEqual({ kind: "due", dueOn: "2026-03-02", daysLeft: 30 });
    const extended = await updateRequest(db, user.id, { action: "extended", guide: "instagram", stepId: "object-to-ai-use", extended: true }, TODAY);
    expect(extended).toMatchObject({ extended: true, dueOn: "2026-04-30" });
    const late = (await listRequests(db, user.id, "2026-05-04"))[0]!;
    expect(late.timing).toEqual({ kind: "overdue", dueOn: "2026-04-30", daysLate: 4 });
    const answered = await updateRequest(db, user.id, { action: "answered", guide: "instagram", stepId: "object-to-ai-use", outcome: "refused", answeredOn: "2026-02-10" }, "2026-02-10");
    expect(answered).toMatchObject({ state: "answered", outcome: "refused", answeredOn: "2026-02-10" });
    expect((await updateRequest(db, user.id, { action: "closed", guide: "instagram", stepId: "object-to-ai-use" }, TODAY)).state).toBe("closed");
    expect(await db.trackedRequest.count({ where: { userId: user.id } })).toBe(1);
  });

  it("sets no deadline where no law counts one, and says there is nothing to extend", async () => {
    const user = await makeUser(db);
    const view = await markSent(db, user.id, sent({ region: "US", usState: "CA" }), steps, TODAY);
    expect(view).toMatchObject({ law: "us-ca", dueOn: null, timing: { kind: "no-deadline" } });
    await expectUserFacingError(updateRequest(db, user.id, { action: "extended", guide: "instagram", stepId: "object-to-ai-use", extended: true }, TODAY), 422, /nothing to extend/);
    const erase = await markSent(db, user.id, { guide: "discord", stepId: "email-privacy-team", sentOn: "2026-01-01", channel: "email", region: "US", usState: "CA" }, steps, TODAY);
    expect(erase).toMatchObject({ law: "us-ca", dueOn: "2026-02-15" });
  });

  it("refuses what is not a request step, impossible dates, bad references and unknown keys with a 422, and writes nothing", async () => {
    const user = await makeUser(db);
    await expectUserFacingError(markSent(db, user.id, sent({ stepId: "make-account-private" }), steps, TODAY), 422, /not a request step/);
    await expectUserFacingError(markSent(db, user.id, sent({ sentOn: "2026-02-30" }), steps, TODAY), 422, /not a real date/);
    await expectUserFacingError(markSent(db, user.id, sent({ sentOn: "2026-02-05" }), steps, TODAY), 422, /future/);
    await expectUserFacingError(markSent(db, user.id, sent({ sentOn: "2017-01-01" }), steps, TODAY), 422, /before 2018-05-25/);
    await expectUserFacingError(markSent(db, user.id, sent({ reference: "x".repeat(65) }), steps, TODAY), 422, /at most 64/);
    await expectUserFacingError(markSent(db, user.id, sent({ reference: "<script>" }), steps, TODAY), 422, /may only contain/);
    await expectUserFacingError(markSent(db, user.id, sent({ channel: "pigeon" }), steps, TODAY), 422, /channel/);
    await expectUserFacingError(markSent(db, user.id, sent({ userId: "someone-else" }), steps, TODAY), 422, /userId|unrecognized/i);
    await expectUserFacingError(markSent(db, user.id, "not an object", steps, TODAY), 422, /./);
    await expectUserFacingError(updateRequest(db, user.id, { action: "answered", guide: "instagram", stepId: "object-to-ai-use", outcome: "maybe", answeredOn: "2026-01-31" }, TODAY), 422, /outcome/);
    await expectUserFacingError(updateRequest(db, user.id, { action: "explode", guide: "instagram", stepId: "object-to-ai-use" }, TODAY), 422, /./);
    expect(await db.trackedRequest.count({ where: { userId: user.id } })).toBe(0);
  });

  it("only ever touches the reader's own requests", async () => {
    const owner = await makeUser(db, "owner");
    const other = await makeUser(db, "other");
    await markSent(db, owner.id, sent(), steps, TODAY);
    await expectUserFacingError(updateRequest(db, other.id, { action: "closed", guide: "instagram", stepId: "object-to-ai-use" }, TODAY), 404, /not tracking/);
    await stopTracking(db, other.id, { guide: "instagram", stepId: "object-to-ai-use" });
    expect(await listRequests(db, other.id, TODAY)).toEqual([]);
    expect(await listRequests(db, owner.id, TODAY)).toHaveLength(1);
    await stopTracking(db, owner.id, { guide: "instagram", stepId: "object-to-ai-use" });
    expect(await listRequests(db, owner.id, TODAY)).toEqual([]);
  });

  it("merges requests tracked on the device at sign-in; the account's rows win, unknown steps are skipped", async () => {
    const user = await makeUser(db);
    await markSent(db, user.id, sent({ region: "EU" }), steps, TODAY);
    await updateRequest(db, user.id, { action: "closed", guide: "instagram", stepId: "object-to-ai-use" }, TODAY);
    const result = await mergeRequests(
      db,
      user.id,
      {
        region: "UK",
        requests: [
          { guide: "instagram", stepId: "object-to-ai-use", sentOn: "2026-01-10", channel: "form" },
          { guide: "discord", stepId: "email-privacy-team", sentOn: "2026-01-10", channel: "email", extended: true },
          { guide: "nope", stepId: "gone", sentOn: "2026-01-10", channel: "form" },
        ],
      },
      steps,
      TODAY,
    );
    expect(result).toEqual({ added: 1, skipped: 2 });
    const list = await listRequests(db, user.id, TODAY);
    expect(list.map((r) => [r.stepId, r.state, r.law, r.dueOn])).toEqual([
      ["email-privacy-team", "sent", "uk-gdpr", "2026-04-10"],
      ["object-to-ai-use", "closed", "gdpr", "2026-03-02"],
    ]);
  });

  it("is in the account export", async () => {
    const user = await makeUser(db);
    await markSent(db, user.id, sent({ region: "EU", reference: "A-1" }), steps, TODAY);
    const exported = await exportAccount(db, user.id);
    expect(exported.requests).toEqual([
      expect.objectContaining({ guide: "instagram", stepId: "object-to-ai-use", sentOn: "2026-01-31", channel: "form", reference: "A-1", state: "sent", dueOn: "2026-03-02" }),
    ]);
  });
});
