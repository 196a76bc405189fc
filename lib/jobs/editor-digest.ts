/**
 * `npm run editor:digest` (daily cron): one mail per editor with the reports filed since their last
 * digest, counted per guide, step and kind, and a link to the desk. The mail carries no report text and
 * nothing about who sent a report: editors read the texts on the desk, where they are escaped, and a
 * reader's words never go out by mail.
 *
 * Each editor's window is (lastDigestAt, until]. The digest is claimed before it is sent by moving
 * lastDigestAt from the value this run read to `until` (compare-and-set), so two runs at once never
 * mail the same window twice, and a failed send gives the window back. `until` lags `now` by
 * SETTLE_MS, so a report whose row commits a moment after its timestamp is never skipped.
 */
import { storedLocale } from "@/lib/account/locale";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { PrismaClient, ReportKind } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/send";
import { digestMail } from "@/lib/mail/templates";
import { editorPath } from "@/lib/paths";
import { serverEnv } from "@/lib/env";
import type { ReviewGuide } from "@/lib/content/review";
import { stepById } from "@/lib/content/steps";

/** A first digest (no lastDigestAt yet) covers the day before. */
export const FIRST_DIGEST_HOURS = 24;
const SETTLE_MS = 2 * 60_000;


export type DigestLine = { guide: string; stepId: string; platform: string; stepTitle: string; counts: Partial<Record<ReportKind, number>>; total: number };
export type DigestResult = { sent: number; nothingNew: number; skipped: number; failed: number };

/** The new reports of a window, counted per step: no texts. */
export async function digestLines(db: PrismaClient, guides: readonly ReviewGuide[], since: Date, until: Date): Promise<DigestLine[]> {
  const rows = await db.stepReport.groupBy({ by: ["guide", "stepId", "kind"], where: { createdAt: { gt: since, lte: until } }, _count: { _all: true } });
  const bySlug = new Map(guides.map((g) => [g.slug, g]));
  const lines = new Map<string, DigestLine>();
  for (const row of rows) {
    const key = `${row.guide}/${row.stepId}`;
    let line = lines.get(key);
    if (!line) {
      const guide = bySlug.get(row.guide);
      line = {
        guide: row.guide,
        stepId: row.stepId,
        platform: guide?.platform ?? row.guide,
        stepTitle: stepById(guide?.steps, row.stepId)?.title ?? `${row.stepId} (no longer in the guide)`,
        counts: {},
        total: 0,
      };
      lines.set(key, line);
    }
    line.counts[row.kind] = (line.counts[row.kind] ?? 0) + row._count._all;
    line.total += row._count._all;
  }
  return [...lines.values()].sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform) || a.stepTitle.localeCompare(b.stepTitle));
}

/** The digest mail of these lines, with a link per step to the desk filtered to its guide. */
function digestMailFor(siteUrl: string, lines: DigestLine[], locale: Locale) {
  const deskUrl = `${siteUrl}${editorPath(undefined, locale)}`;
  return { ...digestMail(deskUrl, lines.map((l) => ({ ...l, deskUrl: `${siteUrl}${editorPath(l.guide, locale)}` })), locale), url: deskUrl };
}

/** Sends every editor's digest once; editors with nothing new get no mail and keep their window. */
export async function sendEditorDigests(db: PrismaClient, guides: readonly ReviewGuide[], now = new Date()): Promise<DigestResult> {
  const env = serverEnv();
  const until = new Date(now.getTime() - SETTLE_MS);
  const result: DigestResult = { sent: 0, nothingNew: 0, skipped: 0, failed: 0 };
  const editors = await db.user.findMany({ where: { role: "editor", email: { not: null } }, select: { id: true, email: true, lastDigestAt: true, locale: true }, orderBy: { id: "asc" } });
  for (const editor of editors) {
    const previous = editor.lastDigestAt;
    const since = previous ?? new Date(until.getTime() - FIRST_DIGEST_HOURS * 3_600_000);
    if (since >= until) {
      result.nothingNew++;
      continue;
    }
    const lines = await digestLines(db, guides, since, until);
    if (!lines.length) {
      result.nothingNew++;
      continue;
    }
    // Claim: only the run that still sees the value it read moves the window on.
    const { count } = await db.user.updateMany({ where: { id: editor.id, role: "editor", lastDigestAt: previous }, data: { lastDigestAt: until } });
    if (count !== 1) {
      result.skipped++;
      continue;
    }
    try {
      await sendMail({ to: editor.email!, ...digestMailFor(env.SITE_URL, lines, storedLocale(editor.locale) ?? DEFAULT_LOCALE) });
      result.sent++;
    } catch (error) {
      await db.user.updateMany({ where: { id: editor.id, lastDigestAt: until }, data: { lastDigestAt: previous } });
      console.error(`digest to editor ${editor.id} failed: ${(error as Error).message}`);
      result.failed++;
    }
  }
  return result;
}
