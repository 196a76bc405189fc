import { describe, expect, it } from "vitest";
import { letterFor, mailtoHref, type LetterFacts } from "@/lib/requests/letters";
import { LOCALES } from "@/lib/i18n/locales";

const facts: LetterFacts = { company: "Meta", platform: "Instagram", right: "object", law: "gdpr", name: "Ada Lovelace", accountEmail: "ada@example.invalid" };
const requestLetter = (f: LetterFacts) => letterFor("request", f);

describe("letters", () => {
  it("writes an objection under GDPR Article 21 with the reader's name and account address", () => {
    const { subject, body } = requestLetter(facts);
    expect(subject).toBe("Objection to processing: Instagram account ada@example.invalid");
    expect(body).toContain("Under Article 21 of the General Data Protection Regulation (GDPR), I object to the processing");
    expect(body).toContain("ada@example.invalid");
    expect(body).toContain("Ada Lovelace");
    expect(body).toContain("Under GDPR Article 12(3), you must reply within 1 month");
  });

  it("writes erasure and access requests under the right article, and US laws by name", () => {
    expect(requestLetter({ ...facts, right: "erase" }).body).toContain("Under Article 17 of the General Data Protection Regulation (GDPR), please erase");
    expect(requestLetter({ ...facts, right: "access", law: "uk-gdpr" }).body).toContain("Article 15 of the UK GDPR");
    expect(requestLetter({ ...facts, right: "erase", law: "us-ca" }).body).toMatch(/California Consumer Privacy Act.*1798\.105/);
    expect(requestLetter({ ...facts, right: "erase", law: "us-ca" }).body).toContain("Under California Civil Code § 1798.130(a)(2)(A), you must reply within 45 days");
  });

  it("claims no law where none applies, in any language", () => {
    const { body } = requestLetter({ ...facts, law: "none" });
    expect(body).not.toMatch(/GDPR|Article|Act/);
    expect(body).toContain("without undue delay");
    for (const language of LOCALES) expect(letterFor("follow-up", { ...facts, law: "none", sentOn: "2026-01-05" }, language).body, language).not.toMatch(/GDPR|DSGVO|RGPD|Art/);
  });

  it("leaves visible blanks instead of inventing a name or address", () => {
    const { body } = requestLetter({ ...facts, name: "", accountEmail: "" });
    expect(body).toContain("[your name]");
    expect(body).toContain("[the email address of your account]");
    expect(letterFor("request", { ...facts, name: "" }, "de").body).toContain("[Ihr Name]");
  });

  it("follows up citing the first request, its reference and the missed deadline", () => {
    const { subject, body } = letterFor("follow-up", { ...facts, sentOn: "2026-01-05", dueOn: "2026-02-05", reference: "CASE-9" });
    expect(subject).toBe("Follow-up: objection to processing sent on 5 January 2026");
    expect(body).toContain("On 5 January 2026 I sent you an objection");
    expect(body).toContain("(your reference: CASE-9)");
    expect(body).toContain("due by 5 February 2026");
  });

  it("writes the complaint to the authority with what was asked, when and what happened", () => {
    const late = letterFor("complaint", { ...facts, sentOn: "2026-01-05", dueOn: "2026-02-05", authority: "Data Protection Commission (DPC)", outcome: "no-answer" });
    expect(late.body).toMatch(/^To Data Protection Commission \(DPC\),/);
    expect(late.body).toContain("lodge a complaint against Meta (Instagram)");
    expect(late.body).toContain("did not answer by 5 February 2026");
    expect(letterFor("complaint", { ...facts, outcome: "refused" }).body).toContain("refused my request");
  });

  it("builds a mailto link to the guide's privacy address only", () => {
    const href = mailtoHref("mailto:privacy@discord.invalid", { subject: "A & B", body: "line 1\nline 2" });
    expect(href).toBe("mailto:privacy@discord.invalid?subject=A%20%26%20B&body=line%201%0Aline%202");
    expect(mailtoHref("https://forms.example.invalid", { subject: "s", body: "b" })).toBe("mailto:?subject=s&body=b");
  });
});

describe("letters in the reader's chosen language", () => {
  const late = { ...facts, sentOn: "2026-01-05", dueOn: "2026-02-05", reference: "CASE-9" };
  // The article of each right and of the reply period, as each language's official text cites it.
  const CITES = {
    de: { object: "Art. 21 DSGVO", erase: "Art. 17 DSGVO", access: "Art. 15 DSGVO", period: "Art. 12 Abs. 3 DSGVO" },
    fr: { object: "l’article 21 du RGPD", erase: "l’article 17 du RGPD", access: "l’article 15 du RGPD", period: "l’article 12, paragraphe 3, du RGPD" },
    es: { object: "artículo 21 del RGPD", erase: "artículo 17 del RGPD", access: "artículo 15 del RGPD", period: "artículo 12, apartado 3, del RGPD" },
    it: { object: "articolo 21 del GDPR", erase: "articolo 17 del GDPR", access: "articolo 15 del GDPR", period: "articolo 12, paragrafo 3, del GDPR" },
  } as const;

  for (const [language, cites] of Object.entries(CITES) as [keyof typeof CITES, (typeof CITES)[keyof typeof CITES]][]) {
    it(`${language}: every letter cites the right article, and the request the reply period`, () => {
      for (const right of ["object", "erase", "access"] as const) {
        expect(letterFor("request", { ...facts, right }, language).body, `${language} request ${right}`).toContain(cites[right]);
        expect(letterFor("follow-up", { ...late, right }, language).body, `${language} follow-up ${right}`).toContain(cites[right]);
        expect(letterFor("complaint", { ...late, right, authority: "X" }, language).body, `${language} complaint ${right}`).toContain(cites[right]);
      }
      expect(letterFor("request", facts, language).body).toContain(cites.period);
    });
  }

  it("writes dates, the reference and the missed deadline in the letter's language", () => {
    const de = letterFor("follow-up", late, "de");
    expect(de.subject).toBe("Erinnerung: Widerspruch gegen die Verarbeitung vom 5. Januar 2026");
    expect(de.body).toContain("am 5. Januar 2026 habe ich Ihnen einen Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten für das KI-Training nach Art. 21 DSGVO gesendet (Ihr Aktenzeichen: CASE-9).");
    expect(de.body).toContain("bis zum 5. Februar 2026 fällig");
    expect(letterFor("follow-up", late, "fr").body).toContain("Le 5 janvier 2026, je vous ai adressé une opposition");
    expect(letterFor("follow-up", late, "es").body).toContain("debía llegar a más tardar el 5 de febrero de 2026");
    expect(letterFor("complaint", { ...late, outcome: "refused", authority: "Garante" }, "it").body).toMatch(/^Alla cortese attenzione di: Garante\n[\s\S]*L’azienda ha respinto la mia richiesta\./);
    expect(letterFor("request", { ...facts, law: "uk-gdpr" }, "de").body).toContain("gemäß Art. 21 UK GDPR widerspreche ich");
  });
});
