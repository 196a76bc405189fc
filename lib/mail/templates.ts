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

/** The re-check reminder in the reader's language: the platforms of the guides that are due, the checklist, and the way out. */
export function reminderMail(input: { months: number; platforms: string[]; checklistUrl: string; unsubscribeUrl: string; locale?: Locale }): MailContent {
  const { months, platforms, checklistUrl, unsubscribeUrl } = input;
  const t = translator(input.locale ?? DEFAULT_LOCALE, "mail.reminder");
  return {
    subject: t("subject"),
    text: `${t("intro", { months })}\n\n${platforms.map((p) => `- ${p}`).join("\n")}\n\n` + `${t("why")}\n${checklistUrl}\n\n` + `${t("stop", { url: unsubscribeUrl })}\n`,
    html: `<p>${escapeHtml(t("htmlIntro", { months, platforms: platforms.join(", ") }))}</p><p><a href="${escapeHtml(checklistUrl)}">${escapeHtml(t("open"))}</a></p><p><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(t("stopLink"))}</a></p>`,
  };
}

/** "2 out-of-date reports, 1 “I can't find this”". */
function countWords(counts: Partial<Record<ReportKind, number>>, locale: Locale): string {
  const t = translator(locale, "mail.digest");
  const words: Record<ReportKind, (count: number) => string> = { out_of_date: (count) => t("outOfDate", { count }), cant_find: (count) => t("cantFind", { count }) };
  return (Object.keys(words) as ReportKind[])
    .filter((kind) => counts[kind])
    .map((kind) => words[kind](counts[kind]!))
    .join(", ");
}

export type DigestMailLine = { platform: string; stepTitle: string; counts: Partial<Record<ReportKind, number>>; total: number; deskUrl: string };

/** An editor's digest in their language: counts per step with a link to the desk; never a report's text nor who sent it. */
export function digestMail(deskUrl: string, lines: DigestMailLine[], locale: Locale = DEFAULT_LOCALE): MailContent {
  const t = translator(locale, "mail.digest");
  const total = lines.reduce((sum, l) => sum + l.total, 0);
  return {
    subject: t("subject", { total, steps: lines.length }),
    text:
      `${t("intro")}\n\n` +
      lines.map((l) => `- ${l.platform}: ${l.stepTitle}: ${countWords(l.counts, locale)}\n  ${l.deskUrl}`).join("\n") +
      `\n\n${t("handle", { url: deskUrl })}\n` +
      `${t("noTexts")}\n`,
    html:
      `<p>${escapeHtml(t("intro"))}</p><ul>` +
      lines.map((l) => `<li><a href="${escapeHtml(l.deskUrl)}">${escapeHtml(l.platform)}: ${escapeHtml(l.stepTitle)}</a>: ${escapeHtml(countWords(l.counts, locale))}</li>`).join("") +
      `</ul><p><a href="${escapeHtml(deskUrl)}">${escapeHtml(t("open"))}</a></p>`,
  };
}
