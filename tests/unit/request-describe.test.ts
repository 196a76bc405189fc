import { describe, expect, it } from "vitest";
import { dueLine, sentLine, stateLine } from "@/lib/requests/describe";

describe("sentences about a request", () => {
  it("says when and how it was sent, with the company's reference", () => {
    expect(sentLine({ sentOn: "2026-01-31", channel: "in-app", reference: "AB-1" })).toBe("Sent on 31 January 2026 (in the app), reference AB-1.");
    expect(sentLine({ sentOn: "2026-01-31", channel: "form", reference: null })).toBe("Sent on 31 January 2026 (web form).");
  });

  it("says the due date, the law, days left or late, and no deadline plainly", () => {
    expect(dueLine({ law: "gdpr", extended: false, timing: { kind: "due", dueOn: "2026-03-02", daysLeft: 1 } })).toBe("Answer due by 2 March 2026 under the GDPR: 1 day left.");
    expect(dueLine({ law: "gdpr", extended: false, timing: { kind: "due", dueOn: "2026-03-02", daysLeft: 0 } })).toBe("Answer due by 2 March 2026 under the GDPR: due today.");
    expect(dueLine({ law: "uk-gdpr", extended: true, timing: { kind: "overdue", dueOn: "2026-04-30", daysLate: 4 } })).toBe("Answer was due by 30 April 2026 under the UK GDPR, extended: 4 days late.");
    expect(dueLine({ law: "none", extended: false, timing: { kind: "no-deadline" } })).toBe("No legal deadline we can count for this request where you live.");
  });

  it("says where it stands", () => {
    expect(stateLine({ state: "sent", outcome: null, answeredOn: null, timing: { kind: "overdue", dueOn: "2026-01-01", daysLate: 2 } })).toBe("Overdue.");
    expect(stateLine({ state: "sent", outcome: null, answeredOn: null, timing: { kind: "no-deadline" } })).toBe("Waiting for an answer.");
    expect(stateLine({ state: "answered", outcome: "asked-for-more", answeredOn: "2026-02-01", timing: { kind: "no-deadline" } })).toBe("Answered on 1 February 2026: asked for more information.");
    expect(stateLine({ state: "closed", outcome: "accepted", answeredOn: null, timing: { kind: "no-deadline" } })).toBe("Closed.");
  });
});
