/**
 * Outgoing mail (sign-in links, re-check reminders). With EMAIL_SERVER set it goes through SMTP;
 * otherwise each message is written as one JSON file under MAIL_DIR, which is how local development and
 * the tests read sign-in links. The link itself is printed to the log only in development: a
 * production log full of live sign-in links would be a way into every account.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { serverEnv } from "@/lib/env";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the mail is about (sign-in, unsubscribe); recorded for mail-to-files. */
  url: string;
  headers?: Record<string, string>;
};

let transport: nodemailer.Transporter | undefined;

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const env = serverEnv();
  if (env.EMAIL_SERVER) {
    transport ??= nodemailer.createTransport(env.EMAIL_SERVER);
    await transport.sendMail({ from: env.EMAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
    return;
  }
  const dir = path.resolve(env.MAIL_DIR);
  await mkdir(dir, { recursive: true });
  const createdAt = new Date().toISOString();
  const file = path.join(dir, `${createdAt.replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.json`);
  await writeFile(file, JSON.stringify({ to: mail.to, url: mail.url, subject: mail.subject, createdAt, text: mail.text }, null, 2));
  const saved = path.relative(process.cwd(), file);
  if (env.NODE_ENV === "development") console.log(`[mail] to ${mail.to}: ${mail.subject}\n[mail] ${mail.url}\n[mail] saved as ${saved}`);
  else console.log(`[mail] "${mail.subject}" written to ${saved}`);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
