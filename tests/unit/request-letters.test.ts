import { describe, expect, it } from "vitest";
import { complaintText, followUpLetter, mailtoHref, requestLetter, type LetterFacts } from "@/lib/requests/letters";

const facts: LetterFacts = { company: "Meta", platform: "Instagram", right: "object", law: "gdpr", name: "Ada Lovelace", accountEmail: "ada@example.invalid", today: "5 December 2026" };

describe("letters", () => {
  it("writes an objection under GDPR Article 21 with the reader's name and account address", () => {
    const { subject, body } = requestLetter(facts);
    expect(subject).toBe("Objection to processing: Instagram account ada@example.invalid");
    expect(body).toContain("Under Article 21 of the General Data Protection Regulation (GDPR), I object to the processing");
    expect(body).toContain("ada@example.invalid");
    expect(body).toContain("Ada Lovelace");
    expect(body).toContain("you must reply within 1 month");
  });

  it("writes erasure and access requests under the right article, and US laws by name", () => {
    expect(requestLetter({ ...facts, right: "erase" }).body).toContain("Under Article 17 of the General Data Protection Regulation (GDPR), please erase");
    expect(requestLetter({ ...facts, right: "access", law: "uk-gdpr" }).body).toContain("Article 15 of the UK GDPR");
    expect(requestLetter({ ...facts, right: "erase", law: "us-ca" }).body).toMatch(/California Consumer Privacy Act.*1798\.105/);
    expect(requestLetter({ ...facts, right: "erase", law: "us-ca" }).body).toContain("within 45 days");
  });

  it("claims no law where none applies", () => {
    const { body } = requestLetter({ ...facts, law: "none" });
    expect(body).not.toMatch(/GDPR|Article|Act/);
    expect(body).toContain("without undue delay");
  });

  it("leaves visible blanks instead of inventing a name or address", () => {
    const { body } = requestLetter({ ...facts, name: "", accountEmail: "" });
    expect(body).toContain("[your name]");
    expect(body).toContain("[the email address of your account]");
  });

  it("follows up citing the first request, its reference and the missed deadline", () => {
    const { subject, body } = followUpLetter({ ...facts, sentOn: "5 January 2026", dueOn: "5 February 2026", reference: "CASE-9" });
    expect(subject).toBe("Follow-up: objection to processing sent on 5 January 2026");
    expect(body).toContain("On 5 January 2026 I sent you an objection");
    expect(body).toContain("(your reference: CASE-9)");
    expect(body).toContain("due by 5 February 2026");
  });

  it("writes the complaint to the authority with what was asked, when and what happened", () => {
    const late = complaintText({ ...facts, sentOn: "5 January 2026", dueOn: "5 February 2026", authority: "Data Protection Commission (DPC)", outcome: "no-answer" });
    expect(late.body).toMatch(/^To Data Protection Commission \(DPC\),/);
    expect(late.body).toContain("lodge a complaint against Meta (Instagram)");
    expect(late.body).toContain("did not answer by 5 February 2026");
    expect(complaintText({ ...facts, outcome: "refused" }).body).toContain("refused my request");
  });

  it("builds a mailto link to the guide's privacy address only", () => {
    const href = mailtoHref("mailto:privacy@discord.invalid", { subject: "A & B", body: "line 1\nline 2" });
    expect(href).toBe("mailto:privacy@discord.invalid?subject=A%20%26%20B&body=line%201%0Aline%202");
    expect(mailtoHref("https://forms.example.invalid", { subject: "s", body: "b" })).toBe("mailto:?subject=s&body=b");
  });
});
