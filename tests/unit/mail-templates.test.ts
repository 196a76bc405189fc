import { describe, expect, it } from "vitest";
import { digestMail, reminderMail, signInMail } from "@/lib/mail/templates";
import { unsubscribePath } from "@/lib/paths";

describe("mail templates", () => {
  it("gives every mail a subject, a text part and an HTML part with the same link", () => {
    const signIn = signInMail("https://untrain.example/api/auth/callback/nodemailer?token=abc&email=a%40b.org");
    expect(signIn.subject).toBe("Sign in to Untrain");
    expect(signIn.text).toContain("https://untrain.example/api/auth/callback/nodemailer?token=abc&email=a%40b.org");
    expect(signIn.html).toContain('href="https://untrain.example/api/auth/callback/nodemailer?token=abc&amp;email=a%40b.org"');

    const reminder = reminderMail({ months: 6, platforms: ["<b>Evil</b> & Co"], checklistUrl: "https://untrain.example/checklist", unsubscribeUrl: "https://untrain.example/unsubscribe?token=t" });
    expect(reminder.text).toContain("- <b>Evil</b> & Co");
    expect(reminder.html).toContain("&lt;b&gt;Evil&lt;/b&gt; &amp; Co");
    expect(reminder.html).not.toContain("<b>Evil");
    for (const part of [reminder.text, reminder.html]) expect(part).toContain("https://untrain.example/unsubscribe?token=t");
  });

  it("writes the sign-in mail in the reader's language, with the same link", () => {
    const url = "https://untrain.example/fr/signin/confirm?token=abc&email=a%40b.org";
    const mail = signInMail(url, "fr");
    expect(mail.subject).toBe("Connexion à Untrain");
    expect(mail.text).toContain("Le lien ne sert qu’une fois");
    expect(mail.text).toContain(url);
    expect(mail.html).toContain('href="https://untrain.example/fr/signin/confirm?token=abc&amp;email=a%40b.org"');
    expect(signInMail(url, "de").subject).toBe("Bei Untrain anmelden");
  });

  it("counts an editor's digest per step and links the desk, escaping what guides supply", () => {
    const mail = digestMail("https://untrain.example/editor", [
      { platform: "A<i>", stepTitle: "Turn off", counts: { out_of_date: 2, cant_find: 1 }, total: 3, deskUrl: "https://untrain.example/editor?guide=a" },
    ]);
    expect(mail.subject).toBe("Untrain: 3 new reports on 1 step");
    expect(mail.text).toContain("- A<i>: Turn off: 2 out-of-date reports, 1 \u201cI can't find this\u201d");
    expect(mail.html).toContain("A&lt;i&gt;");
  });

  it("puts the token of an unsubscribe link in the query, encoded", () => {
    expect(unsubscribePath("a.b+c/d")).toBe("/unsubscribe?token=a.b%2Bc%2Fd");
    expect(unsubscribePath("t", "one-click")).toBe("/api/unsubscribe?token=t");
  });
});
