/** The sentences about a tracked request, in English (as before translations) and in German and French (plurals, dates). */
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { localDueLine, localSentLine, localStateLine, type RequestWords } from "@/lib/requests/describe";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import fr from "@/messages/fr.json";

const CATALOGUES = { en, de, fr } as const;
function words(locale: keyof typeof CATALOGUES): [RequestWords, Locale] {
  return [createTranslator({ locale, messages: CATALOGUES[locale], namespace: "client.requests" }), locale];
}

describe("request sentences in English", () => {
  const [t, locale] = words("en");
  it("says when and how a request was sent", () => {
    expect(localSentLine(t, locale, { sentOn: "2026-01-31", channel: "in-app", reference: "AB-1" })).toBe("Sent on 31 January 2026 (in the app), reference AB-1.");
    expect(localSentLine(t, locale, { sentOn: "2026-01-31", channel: "form", reference: null })).toBe("Sent on 31 January 2026 (web form).");
  });
  it("says when the answer is due, under which law, and how many days are left or late", () => {
    expect(localDueLine(t, locale, { law: "gdpr", extended: false, timing: { kind: "due", dueOn: "2026-03-02", daysLeft: 1 } })).toBe("Answer due by 2 March 2026 under the GDPR: 1 day left.");
    expect(localDueLine(t, locale, { law: "gdpr", extended: false, timing: { kind: "due", dueOn: "2026-03-02", daysLeft: 0 } })).toBe("Answer due by 2 March 2026 under the GDPR: due today.");
    expect(localDueLine(t, locale, { law: "uk-gdpr", extended: true, timing: { kind: "overdue", dueOn: "2026-04-30", daysLate: 4 } })).toBe("Answer was due by 30 April 2026 under the UK GDPR, extended: 4 days late.");
    expect(localDueLine(t, locale, { law: "none", extended: false, timing: { kind: "no-deadline" } })).toBe("No legal deadline we can count for this request where you live.");
  });
  it("says where the request stands", () => {
    expect(localStateLine(t, locale, { state: "sent", outcome: null, answeredOn: null, timing: { kind: "overdue", dueOn: "2026-01-01", daysLate: 2 } })).toBe("Overdue.");
    expect(localStateLine(t, locale, { state: "sent", outcome: null, answeredOn: null, timing: { kind: "no-deadline" } })).toBe("Waiting for an answer.");
    expect(localStateLine(t, locale, { state: "answered", outcome: "asked-for-more", answeredOn: "2026-02-01", timing: { kind: "no-deadline" } })).toBe("Answered on 1 February 2026: asked for more information.");
    expect(localStateLine(t, locale, { state: "closed", outcome: "accepted", answeredOn: null, timing: { kind: "no-deadline" } })).toBe("Closed.");
  });
});

describe("request sentences in German and French", () => {
  it("German: dates, the DSGVO, one day and several days", () => {
    const [t, locale] = words("de");
    expect(localSentLine(t, locale, { sentOn: "2026-01-31", channel: "email", reference: null })).toBe("Gesendet am 31. Januar 2026 (E-Mail).");
    expect(localDueLine(t, locale, { law: "gdpr", extended: false, timing: { kind: "due", dueOn: "2026-03-02", daysLeft: 1 } })).toBe("Antwort fällig bis 2. März 2026 nach der DSGVO: noch 1 Tag.");
    expect(localDueLine(t, locale, { law: "gdpr", extended: false, timing: { kind: "due", dueOn: "2026-03-02", daysLeft: 12 } })).toBe("Antwort fällig bis 2. März 2026 nach der DSGVO: noch 12 Tage.");
    expect(localDueLine(t, locale, { law: "gdpr", extended: true, timing: { kind: "overdue", dueOn: "2026-04-30", daysLate: 1 } })).toBe("Antwort war fällig bis 30. April 2026 nach der DSGVO, verlängert: 1 Tag überfällig.");
    expect(localStateLine(t, locale, { state: "answered", outcome: "refused", answeredOn: "2026-02-01", timing: { kind: "no-deadline" } })).toBe("Beantwortet am 1. Februar 2026: abgelehnt.");
  });
  it("French: dates, the RGPD, and French plurals (0 and 1 are singular)", () => {
    const [t, locale] = words("fr");
    expect(localSentLine(t, locale, { sentOn: "2026-01-31", channel: "post", reference: "X-9" })).toBe("Envoyée le 31 janvier 2026 (courrier), référence X-9.");
    expect(localDueLine(t, locale, { law: "gdpr", extended: false, timing: { kind: "due", dueOn: "2026-03-02", daysLeft: 0 } })).toBe("Réponse attendue au plus tard le 2 mars 2026 selon le RGPD : c’est aujourd’hui.");
    expect(localDueLine(t, locale, { law: "gdpr", extended: false, timing: { kind: "due", dueOn: "2026-03-02", daysLeft: 1 } })).toBe("Réponse attendue au plus tard le 2 mars 2026 selon le RGPD : il reste 1 jour.");
    expect(localDueLine(t, locale, { law: "gdpr", extended: false, timing: { kind: "overdue", dueOn: "2026-03-02", daysLate: 3 } })).toBe("La réponse était attendue au plus tard le 2 mars 2026 selon le RGPD : 3 jours de retard.");
    expect(localStateLine(t, locale, { state: "sent", outcome: null, answeredOn: null, timing: { kind: "overdue", dueOn: "2026-01-01", daysLate: 2 } })).toBe("En retard.");
  });
});
