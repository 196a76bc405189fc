/**
 * Every mail the site sends, as words: subject, a text part and an HTML part, built from plain values
 * (no database, no env), so the senders only decide who gets what, the tests can read a mail, and a
 * translation has one place to hook in. Anything a reader or a guide supplied is escaped in the HTML.
 */
import type { ReportKind } from "@/lib/generated/prisma/client";
import { escapeHtml } from "@/lib/mail/send";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type MailContent = { subject: string; text: string; html: string };

/** The sign-in link mail in the reader's language; `url` is already rebuilt on SITE_URL (lib/auth/sign-in-link.ts). */
export function signInMail(url: string, locale: Locale = DEFAULT_LOCALE): MailContent {
  const t = translator(locale, "mail.signIn");
  const host = new URL(url).host;
  const note = t("note");
  return {
    subject: t("subject"),
    text: `${t("text", { host })}\n\n${url}\n\n${note}\n`,
    html: `<p>${escapeHtml(t("intro", { host }))}</p><p><a href="${escapeHtml(url)}">${escapeHtml(t("link"))}</a></p><p>${escapeHtml(note)}</p>`,
  };
}

/** The re-check reminder: the platforms of the guides that are due, the checklist, and the way out. */
export function reminderMail(input: { months: number; platforms: string[]; checklistUrl: string; unsubscribeUrl: string }): MailContent {
  const { months, platforms, checklistUrl, unsubscribeUrl } = input;
  return {
    subject: "Time to re-check your AI opt-outs",
    text:
      `It has been ${months} months since you went through these guides on Untrain:\n\n${platforms.map((p) => `- ${p}`).join("\n")}\n\n` +
      `Platforms sometimes reset settings or add new AI features. Your checklist shows what changed:\n${checklistUrl}\n\n` +
      `Stop these reminders (one click, no sign-in): ${unsubscribeUrl}\n`,
    html: `<p>It has been ${months} months since you went through: ${platforms.map(escapeHtml).join(", ")}.</p><p><a href="${escapeHtml(checklistUrl)}">Open your checklist</a></p><p><a href="${escapeHtml(unsubscribeUrl)}">Stop these reminders</a></p>`,
  };
}

const KIND_WORDS: Record<ReportKind, [string, string]> = { out_of_date: ["out-of-date report", "out-of-date reports"], cant_find: ["\u201cI can't find this\u201d", "\u201cI can't find this\u201d signals"] };

/** "2 out-of-date reports, 1 “I can't find this”". */
function countWords(counts: Partial<Record<ReportKind, number>>): string {
  return (Object.keys(KIND_WORDS) as ReportKind[])
    .filter((kind) => counts[kind])
    .map((kind) => `${counts[kind]} ${KIND_WORDS[kind][counts[kind] === 1 ? 0 : 1]}`)
    .join(", ");
}

export type DigestMailLine = { platform: string; stepTitle: string; counts: Partial<Record<ReportKind, number>>; total: number; deskUrl: string };

/** An editor's digest: counts per step with a link to the desk; never a report's text nor who sent it. */
export function digestMail(deskUrl: string, lines: DigestMailLine[]): MailContent {
  const total = lines.reduce((sum, l) => sum + l.total, 0);
  return {
    subject: `Untrain: ${total} new report${total === 1 ? "" : "s"} on ${lines.length} step${lines.length === 1 ? "" : "s"}`,
    text:
      `New reports since your last digest:\n\n` +
      lines.map((l) => `- ${l.platform}: ${l.stepTitle}: ${countWords(l.counts)}\n  ${l.deskUrl}`).join("\n") +
      `\n\nRead and handle them on the editor desk: ${deskUrl}\n` +
      `This mail has no report texts and nothing about who sent them; the desk has the texts.\n`,
    html:
      `<p>New reports since your last digest:</p><ul>` +
      lines.map((l) => `<li><a href="${escapeHtml(l.deskUrl)}">${escapeHtml(l.platform)}: ${escapeHtml(l.stepTitle)}</a>: ${escapeHtml(countWords(l.counts))}</li>`).join("") +
      `</ul><p><a href="${escapeHtml(deskUrl)}">Open the editor desk</a></p>`,
  };
}
