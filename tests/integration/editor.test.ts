/**
 * The editor desk against real PostgreSQL: the role check of every desk query and action, grouping and
 * counts, resolve / duplicate / reopen, the digest's claim (no double send), the stale list's order, the
 * step stats rollup with its threshold, and the purge of handled reports.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import { testDb, makeUser } from "../support/database";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Manifest } from "@/lib/content/guides";
import type { ReviewGuide } from "@/lib/content/review";
import { UserFacingError } from "@/lib/http/errors";
import { NotAnEditorError, assertEditor, setRole } from "@/lib/editor/role";
import { editorIdForToken } from "@/lib/auth/session";
import { deskReports, markDuplicate, reopenReport, resolveReport, resolveStepReports, submitReport } from "@/lib/editor/reports";
import { deskStaleList, staleList, staleReason } from "@/lib/editor/stale";
import { allStepStats, publicGuideStats, refreshStepStats, signalsJumped, STATS_MIN_PEOPLE } from "@/lib/jobs/step-stats";
import { purgeExpired, HANDLED_REPORT_DAYS } from "@/lib/jobs/maintenance";

const mailDir = mkdtempSync(path.join(tmpdir(), "untrain-digest-"));
process.env.MAIL_DIR = mailDir;
process.env.SITE_URL = "https://untrain.test";

// sendMail as it is, except when a test switches on a failing mail server.
const mail = vi.hoisted(() => ({ fail: false }));
vi.mock("@/lib/mail/send", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/mail/send")>();
  return {
    ...actual,
    sendMail: async (m: Parameters<typeof actual.sendMail>[0]) => {
      if (mail.fail) throw new Error("mail server down");
      return actual.sendMail(m);
    },
  };
});

const db = testDb();
afterAll(() => db.$disconnect());

const DAY = 86_400_000;
const NOW = new Date("2026-12-01T12:00:00Z");
const daysAgo = (n: number, from = NOW) => new Date(from.getTime() - n * DAY);

/** A guide slug no other test uses, so global queries can be filtered to this test's rows. */
const uniqueSlug = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;

function reviewGuide(slug: string, platform: string, lastReviewed: string, reviewEvery: number, stepIds: string[]): ReviewGuide {
  return { slug, platform, lastReviewed, reviewEvery, steps: stepIds.map((id, i) => ({ id, number: i + 1, title: `${platform} step ${i + 1}`, excerpt: `Open ${platform} settings, step ${i + 1}.` })) };
}

async function makeEditor(db: PrismaClient, label = "editor") {
  const user = await makeUser(db, label);
  return db.user.update({ where: { id: user.id }, data: { role: "editor" } });
}

async function report(guide: string, stepId: string, options: { message?: string; kind?: "out_of_date" | "cant_find"; createdAt?: Date; status?: "open" | "resolved" | "duplicate"; handledAt?: Date } = {}) {
  return db.stepReport.create({
    data: { guide, stepId, message: options.message ?? `Report ${randomUUID()}`, kind: options.kind ?? "out_of_date", createdAt: options.createdAt ?? NOW, status: options.status, handledAt: options.handledAt },
  });
}

async function expectRefusal(promise: Promise<unknown>, status: number, message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as UserFacingError).status).toBe(status);
  if (message) expect((error as UserFacingError).message).toMatch(message);
  return error as UserFacingError;
}

let editor: { id: string };
let reader: { id: string };
beforeAll(async () => {
  editor = await makeEditor(db);
  reader = await makeUser(db, "reader");
});

describe("the role", () => {
  it("is reader by default, and assertEditor accepts editors only, as they are now", async () => {
    expect((await db.user.findUniqueOrThrow({ where: { id: reader.id } })).role).toBe("reader");
    expect(await assertEditor(db, editor.id)).toBe(editor.id);
    for (const who of [reader.id, "no-such-user", null, undefined, ""]) await expectRefusal(assertEditor(db, who), 404, /^Not found\.$/);
    const revoked = await makeEditor(db, "revoked");
    await db.user.update({ where: { id: revoked.id }, data: { role: "reader" } });
    await expectRefusal(assertEditor(db, revoked.id), 404);
  });

  it("reads the role with the session in one query: an editor's live session only", async () => {
    const live = `t-${randomUUID()}`;
    const old = `t-${randomUUID()}`;
    const readerToken = `t-${randomUUID()}`;
    await db.session.createMany({
      data: [
        { sessionToken: live, userId: editor.id, expires: new Date(Date.now() + 3_600_000) },
        { sessionToken: old, userId: editor.id, expires: new Date(Date.now() - 1000) },
        { sessionToken: readerToken, userId: reader.id, expires: new Date(Date.now() + 3_600_000) },
      ],
    });
    expect(await editorIdForToken(db, live)).toBe(editor.id);
    expect(await editorIdForToken(db, old)).toBeNull();
    expect(await editorIdForToken(db, readerToken)).toBeNull();
    expect(await editorIdForToken(db, null)).toBeNull();
    expect(await editorIdForToken(db, randomUUID())).toBeNull();
  });

  it("is granted and revoked by address only (case and spaces ignored); an unknown address changes nothing", async () => {
    const user = await makeUser(db, "grantme");
    expect(await setRole(db, `  ${user.email!.toUpperCase()} `, "editor")).toEqual({ outcome: "changed", email: user.email, role: "editor" });
    expect(await setRole(db, user.email!, "editor")).toMatchObject({ outcome: "unchanged" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("editor");
    expect(await setRole(db, user.email!, "reader")).toMatchObject({ outcome: "changed", role: "reader" });
    const before = await db.user.count();
    expect(await setRole(db, `nobody-${randomUUID()}@test.untrain.invalid`, "editor")).toMatchObject({ outcome: "unknown" });
    expect(await db.user.count()).toBe(before);
  });
});

describe("every desk query and action checks the role", () => {
  it("refuses readers, unknown ids and revoked editors with the same 404, and changes nothing", async () => {
    const guide = uniqueSlug("guarded");
    const open = await report(guide, "step-one");
    const handled = await report(guide, "step-one", { status: "resolved", handledAt: NOW });
    const guides = [reviewGuide(guide, "Guarded", "2026-11-01", 120, ["step-one"])];
    const revoked = await makeEditor(db, "was-editor");
    await db.user.update({ where: { id: revoked.id }, data: { role: "reader" } });
    const calls: [string, (id: string) => Promise<unknown>][] = [
      ["deskReports", (id) => deskReports(db, id, { guide }, guides, NOW)],
      ["deskStaleList", (id) => deskStaleList(db, id, guides, NOW)],
      ["resolveReport", (id) => resolveReport(db, id, { reportId: open.id, note: "Checked it." }, NOW)],
      ["resolveStepReports", (id) => resolveStepReports(db, id, { guide, stepId: "step-one", note: "Checked it." }, NOW)],
      ["markDuplicate", (id) => markDuplicate(db, id, { reportId: open.id }, NOW)],
      ["reopenReport", (id) => reopenReport(db, id, { reportId: handled.id })],
    ];
    for (const [name, call] of calls) {
      for (const who of [reader.id, revoked.id, "someone-else", ""]) {
        const error = await expectRefusal(call(who), 404, /^Not found\.$/);
        expect(error, `${name} as ${who}`).toBeInstanceOf(NotAnEditorError);
      }
    }
    // The role is checked before the input: a reader learns nothing from a malformed call either.
    await expectRefusal(resolveReport(db, reader.id, { reportId: "../../etc" }, NOW), 404);
    const rows = new Map((await db.stepReport.findMany({ where: { guide }, select: { id: true, status: true, note: true, handledAt: true } })).map((r) => [r.id, r]));
    expect(rows.get(open.id)).toEqual({ id: open.id, status: "open", note: null, handledAt: null });
    expect(rows.get(handled.id)).toEqual({ id: handled.id, status: "resolved", note: null, handledAt: NOW });
    // An editor passes every one of the same calls.
    expect((await deskReports(db, editor.id, { guide }, guides, NOW)).total).toBe(1);
  });
});

describe("the desk's reports", () => {
  it("groups open reports by guide and step with counts per kind, newest first, and filters by guide and state", async () => {
    const [a, b] = [uniqueSlug("alpha"), uniqueSlug("beta")];
    const guides = [reviewGuide(a, "Alpha", "2026-11-20", 120, ["one", "two"]), reviewGuide(b, "Beta", "2026-05-01", 120, ["one"])];
    await report(a, "one", { createdAt: daysAgo(5), message: "Menu renamed" });
    await report(a, "one", { createdAt: daysAgo(2), kind: "cant_find", message: "" });
    await report(a, "two", { createdAt: daysAgo(1), message: "Toggle moved <script>alert(1)</script>" });
    await report(a, "gone-step", { createdAt: daysAgo(10) });
    await report(b, "one", { createdAt: daysAgo(3) });
    await report(b, "one", { createdAt: daysAgo(0.5), status: "resolved", handledAt: NOW });

    const onA = await deskReports(db, editor.id, { guide: a }, guides, NOW);
    expect(onA.total).toBe(4);
    expect(onA.truncated).toBe(false);
    expect(onA.stateCounts).toEqual({ open: 4, resolved: 0, duplicate: 0 });
    expect(onA.groups.map((g) => g.guide)).toEqual([a]);
    const [group] = onA.groups;
    expect(group!.platform).toBe("Alpha");
    expect(group!.lastReviewed).toBe("2026-11-20");
    expect(group!.review?.overdue).toBe(false);
    // Newest first: "two" (1 day), "one" (2 days), the step that left the guide (10 days).
    expect(group!.steps.map((s) => s.stepId)).toEqual(["two", "one", "gone-step"]);
    const one = group!.steps.find((s) => s.stepId === "one")!;
    expect(one.counts).toEqual({ out_of_date: 1, cant_find: 1 });
    expect(one.total).toBe(2);
    expect(one.current).toEqual({ number: 1, title: "Alpha step 1", excerpt: "Open Alpha settings, step 1." });
    expect(one.reports.map((r) => r.kind)).toEqual(["cant_find", "out_of_date"]);
    expect(one.reports.map((r) => r.message)).toEqual(["", "Menu renamed"]);
    // The text comes back as it was written (React escapes it on the page); nothing about the sender.
    const two = group!.steps[0]!;
    expect(two.reports[0]!.message).toBe("Toggle moved <script>alert(1)</script>");
    expect(Object.keys(two.reports[0]!).sort()).toEqual(["createdAt", "handledAt", "id", "kind", "message", "note", "status"]);
    expect(group!.steps.find((s) => s.stepId === "gone-step")!.current).toBeNull();

    const both = await deskReports(db, editor.id, {}, guides, NOW);
    const mine = both.groups.filter((g) => g.guide === a || g.guide === b);
    // Newest report first: Alpha (1 day) before Beta (3 days; its newer report is resolved, so not in "open").
    expect(mine.map((g) => [g.guide, g.total])).toEqual([
      [a, 4],
      [b, 1],
    ]);
    expect(mine[1]!.review?.overdue).toBe(true);

    const resolvedOnB = await deskReports(db, editor.id, { guide: b, state: "resolved" }, guides, NOW);
    expect(resolvedOnB.total).toBe(1);
    expect(resolvedOnB.stateCounts).toEqual({ open: 1, resolved: 1, duplicate: 0 });
    expect((await deskReports(db, editor.id, { guide: b, state: "all" }, guides, NOW)).total).toBe(2);

    await expectRefusal(deskReports(db, editor.id, { state: "closed" }, guides, NOW), 422, /state/);
    await expectRefusal(deskReports(db, editor.id, { guide: "../x" }, guides, NOW), 422, /guide/);
  });

  it("resolves with a note, marks duplicates, reopens, and says why when nothing can change", async () => {
    const guide = uniqueSlug("handle");
    const guides = [reviewGuide(guide, "Handle", "2026-11-20", 120, ["s"])];
    const first = await report(guide, "s", { createdAt: daysAgo(2) });
    const second = await report(guide, "s", { createdAt: daysAgo(1) });
    const at = new Date("2026-12-01T13:00:00Z");

    await expectRefusal(resolveReport(db, editor.id, { reportId: first.id }, at), 422, /note/i);
    await expectRefusal(resolveReport(db, editor.id, { reportId: first.id, note: "ok" }, at), 422, /at least 3/);
    await resolveReport(db, editor.id, { reportId: first.id, note: "  Checked against the help page; step fixed.  " }, at);
    expect(await db.stepReport.findUniqueOrThrow({ where: { id: first.id }, select: { status: true, note: true, handledAt: true } })).toEqual({
      status: "resolved",
      note: "Checked against the help page; step fixed.",
      handledAt: at,
    });
    await expectRefusal(resolveReport(db, editor.id, { reportId: first.id, note: "Again" }, at), 409, /already resolved/);

    await markDuplicate(db, editor.id, { reportId: second.id, note: "" }, at);
    expect(await db.stepReport.findUniqueOrThrow({ where: { id: second.id }, select: { status: true, note: true } })).toEqual({ status: "duplicate", note: null });
    expect((await deskReports(db, editor.id, { guide }, guides, NOW)).total).toBe(0);

    await reopenReport(db, editor.id, { reportId: first.id });
    const reopened = await db.stepReport.findUniqueOrThrow({ where: { id: first.id } });
    expect(reopened).toMatchObject({ status: "open", handledAt: null, note: "Checked against the help page; step fixed." });
    await expectRefusal(reopenReport(db, editor.id, { reportId: first.id }), 409, /is open/);
    expect((await deskReports(db, editor.id, { guide }, guides, NOW)).groups[0]!.steps[0]!.reports.map((r) => r.id)).toEqual([first.id]);

    await expectRefusal(resolveReport(db, editor.id, { reportId: "c".repeat(25), note: "Checked." }, at), 404, /does not exist/);
    await expectRefusal(resolveReport(db, editor.id, { reportId: "x'; DROP TABLE", note: "Checked." }, at), 422, /report id/);
    await expectRefusal(reopenReport(db, editor.id, { reportId: first.id, extra: 1 }), 422);
  });

  it("resolves every open report of a step at once, and only those", async () => {
    const guide = uniqueSlug("bulk");
    await Promise.all([report(guide, "s"), report(guide, "s"), report(guide, "s", { kind: "cant_find" }), report(guide, "other")]);
    const done = await report(guide, "s", { status: "duplicate", handledAt: daysAgo(1), createdAt: daysAgo(3) });
    expect(await resolveStepReports(db, editor.id, { guide, stepId: "s", note: "Rewrote the step." }, NOW)).toBe(3);
    const rows = await db.stepReport.groupBy({ by: ["stepId", "status"], where: { guide }, _count: { _all: true } });
    expect(rows.map((r) => `${r.stepId}:${r.status}:${r._count._all}`).sort()).toEqual(["other:open:1", "s:duplicate:1", "s:resolved:3"]);
    expect((await db.stepReport.findUniqueOrThrow({ where: { id: done.id } })).note).toBeNull();
    await expectRefusal(resolveStepReports(db, editor.id, { guide, stepId: "s", note: "Again." }, NOW), 409, /no open reports/);
  });

  it("files reports with kind out_of_date by default, cant_find when asked (the seam for the walkthrough)", async () => {
    const guide = uniqueSlug("kinds");
    const manifest: Manifest = new Map([[guide, [{ id: "s", title: "S", hash: "h", number: 1 }]]]);
    const allow = async () => ({ allowed: true as const });
    const plain = await submitReport(db, { guide, stepId: "s", message: "The menu moved." }, manifest, allow);
    const cantFind = await submitReport(db, { guide, stepId: "s", message: "Not where it says.", kind: "cant_find" }, manifest, allow);
    const kinds = await db.stepReport.findMany({ where: { id: { in: [plain.id, cantFind.id] } }, select: { id: true, kind: true, status: true } });
    expect(kinds.find((k) => k.id === plain.id)).toMatchObject({ kind: "out_of_date", status: "open" });
    expect(kinds.find((k) => k.id === cantFind.id)).toMatchObject({ kind: "cant_find", status: "open" });
    await expectRefusal(submitReport(db, { guide, stepId: "s", message: "Whatever it is.", kind: "spam" }, manifest, allow), 422, /kind/);
  });
});

describe("the step stats rollup", () => {
  it("counts people who ticked the current text in the last 30 days, shows them only from 10, and counts signals by kind", async () => {
    const guide = uniqueSlug("stats");
    const manifest: Manifest = new Map([
      [
        guide,
        [
          { id: "popular", title: "Popular", hash: "h-now", number: 1 },
          { id: "quiet", title: "Quiet", hash: "q", number: 2 },
          { id: "nobody", title: "Nobody", hash: "n", number: 3 },
        ],
      ],
    ]);
    const people = await Promise.all(Array.from({ length: STATS_MIN_PEOPLE + 2 }, (_, i) => makeUser(db, `ticker${i}`)));
    const tick = (userId: string, stepId: string, completedAt: Date, stepHash: string) => db.stepCompletion.create({ data: { userId, guide, stepId, stepHash, completedAt } });
    // popular: 10 current ticks in the window, 1 older than 30 days, 1 of the old text.
    for (const p of people.slice(0, STATS_MIN_PEOPLE)) await tick(p.id, "popular", daysAgo(3), "h-now");
    await tick(people[STATS_MIN_PEOPLE]!.id, "popular", daysAgo(31), "h-now");
    await tick(people[STATS_MIN_PEOPLE + 1]!.id, "popular", daysAgo(1), "h-old");
    // quiet: 9 ticks, one short of the threshold.
    for (const p of people.slice(0, STATS_MIN_PEOPLE - 1)) await tick(p.id, "quiet", daysAgo(2), "q");
    await report(guide, "popular", { createdAt: daysAgo(1) });
    await report(guide, "popular", { createdAt: daysAgo(20), kind: "cant_find" });
    await report(guide, "popular", { createdAt: daysAgo(40) });

    expect(await refreshStepStats(db, manifest, NOW)).toEqual({ steps: 2 });
    const rows = await allStepStats(db);
    expect(rows.get(`${guide}/popular`)).toMatchObject({ ticks30d: 10, outOfDate30d: 1, cantFind30d: 1, ticks7d: 10, signals7d: 1, ticksPrior30d: 1, signalsPrior30d: 1, refreshedAt: NOW });
    expect(rows.get(`${guide}/quiet`)).toMatchObject({ ticks30d: 9, outOfDate30d: 0, cantFind30d: 0 });
    expect(rows.has(`${guide}/nobody`)).toBe(false);
    // Nothing in a row can name a person.
    expect(Object.keys(rows.get(`${guide}/popular`)!).sort()).toEqual(
      ["cantFind30d", "guide", "outOfDate30d", "refreshedAt", "signals7d", "signalsPrior30d", "stepId", "ticks30d", "ticks7d", "ticksPrior30d"].sort(),
    );
    expect(await publicGuideStats(db, guide)).toEqual({ days: 30, steps: { popular: { doneBy: 10 } } });

    // One more person on "quiet" crosses the threshold at the next refresh; the rollup is rebuilt, not appended to.
    await tick(people[STATS_MIN_PEOPLE - 1]!.id, "quiet", daysAgo(1), "q");
    expect((await publicGuideStats(db, guide)).steps.quiet).toBeUndefined();
    await refreshStepStats(db, manifest, NOW);
    expect(await publicGuideStats(db, guide)).toEqual({ days: 30, steps: { popular: { doneBy: 10 }, quiet: { doneBy: 10 } } });
    expect([...(await allStepStats(db)).keys()].filter((k) => k.startsWith(`${guide}/`)).sort()).toEqual([`${guide}/popular`, `${guide}/quiet`]);
    // Steps that are no longer in the manifest leave the rollup.
    await refreshStepStats(db, new Map(), NOW);
    expect(await publicGuideStats(db, guide)).toEqual({ days: 30, steps: {} });
  });

  it("flags a step whose share of signals jumped (last 7 days against the 30 before), and only then", async () => {
    const guide = uniqueSlug("jump");
    const manifest: Manifest = new Map([
      [
        guide,
        [
          { id: "moved", title: "Moved", hash: "m", number: 1 },
          { id: "steady", title: "Steady", hash: "s", number: 2 },
        ],
      ],
    ]);
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => makeUser(db, `j${i}`)));
    // moved: 12 ticks before the last week, none in it; 4 signals this week, none before.
    for (const p of people) await db.stepCompletion.create({ data: { userId: p.id, guide, stepId: "moved", stepHash: "m", completedAt: daysAgo(15) } });
    for (let i = 0; i < 4; i++) await report(guide, "moved", { createdAt: daysAgo(1 + i), kind: i % 2 ? "cant_find" : "out_of_date" });
    // steady: the same share of signals before and now.
    for (const p of people.slice(0, 6)) await db.stepCompletion.create({ data: { userId: p.id, guide, stepId: "steady", stepHash: "s", completedAt: daysAgo(2) } });
    for (const p of people.slice(6)) await db.stepCompletion.create({ data: { userId: p.id, guide, stepId: "steady", stepHash: "s", completedAt: daysAgo(20) } });
    for (let i = 0; i < 3; i++) await report(guide, "steady", { createdAt: daysAgo(1 + i) });
    for (let i = 0; i < 3; i++) await report(guide, "steady", { createdAt: daysAgo(10 + i) });
    await refreshStepStats(db, manifest, NOW);
    const rows = await allStepStats(db);
    expect(rows.get(`${guide}/moved`)).toMatchObject({ ticks7d: 0, signals7d: 4, ticksPrior30d: 12, signalsPrior30d: 0 });
    expect(signalsJumped(rows.get(`${guide}/moved`)!)).toBe(true);
    expect(signalsJumped(rows.get(`${guide}/steady`)!)).toBe(false);
    const guides = [reviewGuide(guide, "Jump", "2026-11-20", 120, ["moved", "steady"])];
    // The desk lists the flagged step first although "steady" has the newer report.
    await report(guide, "steady", { createdAt: daysAgo(0.1) });
    const view = await deskReports(db, editor.id, { guide }, guides, NOW);
    expect(view.groups[0]!.steps.map((s) => [s.stepId, s.flagged])).toEqual([
      ["moved", true],
      ["steady", false],
    ]);
    expect(view.groups[0]!.steps[0]!.stats).toEqual({ doneBy: 12, outOfDate30d: 2, cantFind30d: 2, signals7d: 4 });
  });
});

describe("the stale list (npm run content:stale and /editor/stale)", () => {
  it("puts flagged steps first, then steps with open reports (overdue guides first, more reports, older), then overdue guides", async () => {
    const [hot, old, fresh, quiet, dusty] = ["hot", "old", "fresh", "quiet", "dusty"].map(uniqueSlug) as [string, string, string, string, string];
    const guides = [
      reviewGuide(hot, "Hot", "2026-11-25", 120, ["a"]),
      reviewGuide(old, "Old", "2026-01-10", 120, ["a", "b"]), // overdue by months
      reviewGuide(fresh, "Fresh", "2026-11-28", 120, ["a", "b"]),
      reviewGuide(quiet, "Quiet", "2026-06-01", 120, ["a"]), // overdue, no reports
      reviewGuide(dusty, "Dusty", "2025-12-01", 365, ["a"]), // overdue by 0 days? 2025-12-01 + 365 = 2026-12-01: due today, not overdue
    ];
    const manifest: Manifest = new Map(guides.map((g) => [g.slug, g.steps.map((s) => ({ id: s.id, title: s.title, hash: "h", number: s.number }))]));
    for (let i = 0; i < 3; i++) await report(hot, "a", { createdAt: daysAgo(1 + i) });
    await report(old, "a", { createdAt: daysAgo(2) });
    await report(fresh, "a", { createdAt: daysAgo(5) });
    await report(fresh, "a", { createdAt: daysAgo(4) });
    await report(fresh, "b", { createdAt: daysAgo(9) });
    await report(fresh, "b", { createdAt: daysAgo(1), status: "resolved", handledAt: NOW });
    await refreshStepStats(db, manifest, NOW);

    const mine = new Set(guides.map((g) => g.slug));
    const items = (await staleList(db, guides, NOW)).filter((i) => mine.has(i.guide));
    expect(items.map((i) => `${i.kind}:${i.platform}${i.stepId ? `/${i.stepId}` : ""}`)).toEqual([
      "step:Hot/a", // signals jumped
      "step:Old/a", // open report in an overdue guide
      "step:Fresh/a", // 2 open reports
      "step:Fresh/b", // 1 open report (the resolved one does not count)
      "guide:Quiet", // overdue, no report
    ]);
    expect(items[0]).toMatchObject({ tier: 1, flagged: true, openReports: 3, signals7d: 3 });
    expect(items[1]).toMatchObject({ tier: 2, openReports: 1, review: { overdue: true } });
    expect(items[4]).toMatchObject({ tier: 3, openReports: 0, review: { overdue: true, dueOn: "2026-09-29", daysOverdue: 63 } });
    expect(staleReason(items[0]!, NOW)).toMatch(/^3 open reports, the oldest 3 days old; readers' signals jumped \(3 in the last 7 days\)$/);
    expect(staleReason(items[1]!, NOW)).toMatch(/guide overdue by \d+ days \(last checked 10 months ago\)/);
    expect(staleReason(items[4]!, NOW)).toBe("overdue by 63 days (last checked 6 months ago)");
    // The desk's copy is the same list, behind the role check.
    expect((await deskStaleList(db, editor.id, guides, NOW)).filter((i) => mine.has(i.guide))).toEqual(items);
  });
});

describe("npm run editor:digest (sendEditorDigests)", () => {
  const mailsTo = (email: string) =>
    readdirSync(mailDir)
      .map((f) => JSON.parse(readFileSync(path.join(mailDir, f), "utf8")) as { to: string; subject: string; text: string; url: string })
      .filter((m) => m.to === email);

  it("mails each editor the new reports once, counted per step, without texts or senders; concurrent runs send once", async () => {
    const { sendEditorDigests } = await import("@/lib/jobs/editor-digest");
    const guide = uniqueSlug("digest");
    const guides = [reviewGuide(guide, "Digestia", "2026-11-20", 120, ["s1", "s2"])];
    const first = await makeEditor(db, "digest-a");
    const second = await makeEditor(db, "digest-b");
    const t0 = new Date("2026-12-02T08:00:00Z");
    await db.user.updateMany({ where: { id: { in: [first.id, second.id] } }, data: { lastDigestAt: daysAgo(1, t0) } });
    const secret = `SECRET-TEXT-${randomUUID()}`;
    await report(guide, "s1", { createdAt: new Date(t0.getTime() - 3_600_000), message: secret });
    await report(guide, "s1", { createdAt: new Date(t0.getTime() - 3_000_000), kind: "cant_find" });
    await report(guide, "s2", { createdAt: new Date(t0.getTime() - 2_000_000) });
    await report(guide, "s2", { createdAt: daysAgo(3, t0) }); // before the window

    // Two runs at the same moment (two cron hosts): each editor gets exactly one mail.
    const results = await Promise.all([sendEditorDigests(db, guides, t0), sendEditorDigests(db, guides, t0)]);
    expect(results.reduce((n, r) => n + r.failed, 0)).toBe(0);
    for (const editorRow of [first, second]) {
      const mails = mailsTo(editorRow.email!);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toMatch(/new reports? on \d+ steps?/);
      expect(mails[0]!.text).toContain("Digestia: Digestia step 1: 1 out-of-date report, 1 \u201cI can't find this\u201d");
      expect(mails[0]!.text).toContain("Digestia: Digestia step 2: 1 out-of-date report");
      expect(mails[0]!.text).not.toContain(secret);
      expect(mails[0]!.url).toBe("https://untrain.test/editor");
    }
    // The next run has nothing new for them.
    await sendEditorDigests(db, guides, new Date(t0.getTime() + 60_000));
    expect(mailsTo(first.email!)).toHaveLength(1);
    // A report filed after the window is in the next digest, once.
    await report(guide, "s1", { createdAt: new Date(t0.getTime() + 3_600_000) });
    const t1 = new Date(t0.getTime() + DAY);
    await sendEditorDigests(db, guides, t1);
    await sendEditorDigests(db, guides, t1);
    const later = mailsTo(first.email!);
    expect(later).toHaveLength(2);
    expect(later.map((m) => m.subject)).toContain("Untrain: 1 new report on 1 step");
    // Readers never get a digest.
    const someone = await makeUser(db, "digest-reader");
    await sendEditorDigests(db, guides, new Date(t1.getTime() + DAY));
    expect(mailsTo(someone.email!)).toHaveLength(0);
  });

  it("gives the window back when the mail cannot be sent, so the next run sends it", async () => {
    const { sendEditorDigests } = await import("@/lib/jobs/editor-digest");
    const guide = uniqueSlug("retry");
    const guides = [reviewGuide(guide, "Retria", "2026-11-20", 120, ["s"])];
    const who = await makeEditor(db, "digest-retry");
    const t0 = new Date("2026-12-05T08:00:00Z");
    const before = daysAgo(1, t0);
    await db.user.update({ where: { id: who.id }, data: { lastDigestAt: before } });
    await report(guide, "s", { createdAt: new Date(t0.getTime() - 3_600_000) });
    mail.fail = true;
    try {
      const failed = await sendEditorDigests(db, guides, t0);
      expect(failed.failed).toBeGreaterThanOrEqual(1);
    } finally {
      mail.fail = false;
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: who.id } })).lastDigestAt).toEqual(before);
    expect(mailsTo(who.email!)).toHaveLength(0);
    await sendEditorDigests(db, guides, t0);
    expect(mailsTo(who.email!)).toHaveLength(1);
  });
});

describe("the daily purge", () => {
  it(`deletes reports handled more than ${HANDLED_REPORT_DAYS} days ago, and keeps open and recently handled ones`, async () => {
    const guide = uniqueSlug("purge");
    const now = new Date();
    const oldHandled = await report(guide, "s", { status: "resolved", handledAt: new Date(now.getTime() - (HANDLED_REPORT_DAYS + 1) * DAY), createdAt: new Date(now.getTime() - 90 * DAY) });
    const oldDuplicate = await report(guide, "s", { status: "duplicate", handledAt: new Date(now.getTime() - (HANDLED_REPORT_DAYS + 5) * DAY), createdAt: new Date(now.getTime() - 90 * DAY) });
    const recent = await report(guide, "s", { status: "resolved", handledAt: new Date(now.getTime() - 5 * DAY) });
    const oldOpen = await report(guide, "s", { createdAt: new Date(now.getTime() - 400 * DAY) });
    const result = await purgeExpired(db, now);
    expect(result.handledReports).toBeGreaterThanOrEqual(2);
    const left = (await db.stepReport.findMany({ where: { guide }, select: { id: true } })).map((r) => r.id).sort();
    expect(left).toEqual([recent.id, oldOpen.id].sort());
    expect(left).not.toContain(oldHandled.id);
    expect(left).not.toContain(oldDuplicate.id);
  });
});
