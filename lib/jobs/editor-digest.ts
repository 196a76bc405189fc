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
import type { PrismaClient, ReportKind } from "@/lib/generated/prisma/client";
import { escapeHtml, sendMail } from "@/lib/mail/send";
import { serverEnv } from "@/lib/env";
import type { ReviewGuide } from "@/lib/content/review";

/** A first digest (no lastDigestAt yet) covers the day before. */
export const FIRST_DIGEST_HOURS = 24;
const SETTLE_MS = 2 * 60_000;

const KIND_WORDS: Record<ReportKind, [string, string]> = { out_of_date: ["out-of-date report", "out-of-date reports"], cant_find: ["\u201cI can't find this\u201d", "\u201cI can't find this\u201d signals"] };

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
        stepTitle: guide?.steps.find((s) => s.id === row.stepId)?.title ?? `${row.stepId} (no longer in the guide)`,
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

function countWords(counts: Partial<Record<ReportKind, number>>): string {
  return (Object.keys(KIND_WORDS) as ReportKind[])
    .filter((kind) => counts[kind])
    .map((kind) => `${counts[kind]} ${KIND_WORDS[kind][counts[kind] === 1 ? 0 : 1]}`)
    .join(", ");
}

export function digestMail(siteUrl: string, lines: DigestLine[]) {
  const total = lines.reduce((sum, l) => sum + l.total, 0);
  const deskUrl = `${siteUrl}/editor`;
  const subject = `Untrain: ${total} new report${total === 1 ? "" : "s"} on ${lines.length} step${lines.length === 1 ? "" : "s"}`;
  const text =
    `New reports since your last digest:\n\n` +
    lines.map((l) => `- ${l.platform}: ${l.stepTitle}: ${countWords(l.counts)}\n  ${deskUrl}?guide=${l.guide}`).join("\n") +
    `\n\nRead and handle them on the editor desk: ${deskUrl}\n` +
    `This mail has no report texts and nothing about who sent them; the desk has the texts.\n`;
  const html =
    `<p>New reports since your last digest:</p><ul>` +
    lines.map((l) => `<li><a href="${escapeHtml(`${deskUrl}?guide=${l.guide}`)}">${escapeHtml(l.platform)}: ${escapeHtml(l.stepTitle)}</a>: ${escapeHtml(countWords(l.counts))}</li>`).join("") +
    `</ul><p><a href="${escapeHtml(deskUrl)}">Open the editor desk</a></p>`;
  return { subject, text, html, url: deskUrl };
}

/** Sends every editor's digest once; editors with nothing new get no mail and keep their window. */
export async function sendEditorDigests(db: PrismaClient, guides: readonly ReviewGuide[], now = new Date()): Promise<DigestResult> {
  const env = serverEnv();
  const until = new Date(now.getTime() - SETTLE_MS);
  const result: DigestResult = { sent: 0, nothingNew: 0, skipped: 0, failed: 0 };
  const editors = await db.user.findMany({ where: { role: "editor", email: { not: null } }, select: { id: true, email: true, lastDigestAt: true }, orderBy: { id: "asc" } });
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
      await sendMail({ to: editor.email!, ...digestMail(env.SITE_URL, lines) });
      result.sent++;
    } catch (error) {
      await db.user.updateMany({ where: { id: editor.id, lastDigestAt: until }, data: { lastDigestAt: previous } });
      console.error(`digest to editor ${editor.id} failed: ${(error as Error).message}`);
      result.failed++;
    }
  }
  return result;
}
