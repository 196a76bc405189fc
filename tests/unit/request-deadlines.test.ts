import { describe, expect, it } from "vitest";
import { addCalendarMonths, addDays, daysBetween, dueDate, isCalendarDate, nextWorkingDay, timing } from "@/lib/requests/deadlines";
import { applicableLaw, LAWS, lawRule } from "@/lib/requests/laws";

describe("calendar arithmetic", () => {
  it("adds a month to the same day, or to the last day of a shorter month", () => {
    expect(addCalendarMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addCalendarMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addCalendarMonths("2028-01-31", 1)).toBe("2028-02-29"); // leap year
    expect(addCalendarMonths("2026-03-31", 1)).toBe("2026-04-30");
    expect(addCalendarMonths("2026-12-31", 1)).toBe("2027-01-31"); // across the year
    expect(addCalendarMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addCalendarMonths("2027-11-30", 3)).toBe("2028-02-29");
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-01-01", 45)).toBe("2026-02-15");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-20", 45)).toBe("2027-02-03");
    expect(daysBetween("2026-01-01", "2026-02-15")).toBe(45);
    expect(daysBetween("2026-02-15", "2026-01-01")).toBe(-45);
  });

  it("moves a weekend to the next Monday", () => {
    expect(nextWorkingDay("2026-02-28")).toBe("2026-03-02"); // Saturday
    expect(nextWorkingDay("2026-03-01")).toBe("2026-03-02"); // Sunday
    expect(nextWorkingDay("2026-03-02")).toBe("2026-03-02"); // Monday
  });

  it("refuses what is not a real date", () => {
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("26-01-01")).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });

  it("does not depend on the process's time zone", () => {
    const tz = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati";
    try {
      expect(addCalendarMonths("2026-01-31", 1)).toBe("2026-02-28");
      expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    } finally {
      process.env.TZ = tz;
    }
  });
});

describe("due dates by law", () => {
  it("GDPR: one month from receipt, two more when extended, weekends to Monday", () => {
    expect(dueDate({ law: "gdpr", right: "object", sentOn: "2026-01-31", extended: false })).toBe("2026-03-02"); // 28 Feb 2026 is a Saturday
    expect(dueDate({ law: "gdpr", right: "object", sentOn: "2026-01-30", extended: false })).toBe("2026-03-02");
    expect(dueDate({ law: "gdpr", right: "erase", sentOn: "2026-01-15", extended: false })).toBe("2026-02-16"); // 15 Feb is a Sunday
    expect(dueDate({ law: "gdpr", right: "access", sentOn: "2026-01-13", extended: false })).toBe("2026-02-13"); // a Friday
    expect(dueDate({ law: "gdpr", right: "object", sentOn: "2028-01-31", extended: false })).toBe("2028-02-29"); // leap day, a Tuesday
    expect(dueDate({ law: "gdpr", right: "object", sentOn: "2026-01-13", extended: true })).toBe("2026-04-13");
    expect(dueDate({ law: "gdpr", right: "object", sentOn: "2026-11-30", extended: true })).toBe("2027-03-01"); // 28 Feb 2027 is a Sunday
  });

  it("UK GDPR counts the same way", () => {
    expect(dueDate({ law: "uk-gdpr", right: "object", sentOn: "2026-01-31", extended: false })).toBe("2026-03-02");
    expect(dueDate({ law: "uk-gdpr", right: "access", sentOn: "2026-05-05", extended: true })).toBe("2026-08-05");
  });

  it("California, Virginia, Utah: 45 calendar days, 45 more once, no weekend shift", () => {
    expect(dueDate({ law: "us-ca", right: "erase", sentOn: "2026-01-01", extended: false })).toBe("2026-02-15"); // a Sunday, kept
    expect(dueDate({ law: "us-ca", right: "access", sentOn: "2026-01-01", extended: true })).toBe("2026-04-01");
    expect(dueDate({ law: "us-va", right: "erase", sentOn: "2026-12-20", extended: false })).toBe("2027-02-03");
    expect(dueDate({ law: "us-ut", right: "erase", sentOn: "2028-01-20", extended: false })).toBe("2028-03-05");
  });

  it("gives no deadline where the law sets none, instead of inventing one", () => {
    expect(dueDate({ law: "us-ca", right: "object", sentOn: "2026-01-01", extended: false })).toBeNull();
    expect(dueDate({ law: "none", right: "object", sentOn: "2026-01-01", extended: false })).toBeNull();
    expect(dueDate({ law: "none", right: "erase", sentOn: "2026-01-01", extended: true })).toBeNull();
  });

  it("picks the law from where the reader lives", () => {
    expect(applicableLaw("EU")).toBe("gdpr");
    expect(applicableLaw("UK")).toBe("uk-gdpr");
    expect(applicableLaw("US", "CA")).toBe("us-ca");
    expect(applicableLaw("US", "VA")).toBe("us-va");
    expect(applicableLaw("US", "UT")).toBe("us-ut");
    expect(applicableLaw("US", "other")).toBe("none");
    expect(applicableLaw("US")).toBe("none");
    expect(applicableLaw("CH")).toBe("none");
    expect(applicableLaw("other")).toBe("none");
    expect(applicableLaw(null)).toBe("none");
  });

  it("cites a source for every law that sets a deadline", () => {
    for (const law of LAWS) {
      if (law.id === "none") continue;
      expect(law.sources.length, law.id).toBeGreaterThan(0);
      for (const s of law.sources) expect(s.url, law.id).toMatch(/^https:\/\//);
      expect(law.citation, law.id).not.toBe("");
    }
    expect(lawRule("none").rights).toEqual([]);
  });
});

describe("timing", () => {
  it("counts days left up to and including the due date, and days late after it", () => {
    expect(timing("2026-03-02", "2026-02-28")).toEqual({ kind: "due", dueOn: "2026-03-02", daysLeft: 2 });
    expect(timing("2026-03-02", "2026-03-02")).toEqual({ kind: "due", dueOn: "2026-03-02", daysLeft: 0 });
    expect(timing("2026-03-02", "2026-03-03")).toEqual({ kind: "overdue", dueOn: "2026-03-02", daysLate: 1 });
    expect(timing("2026-03-02", "2026-03-09")).toEqual({ kind: "overdue", dueOn: "2026-03-02", daysLate: 7 });
    expect(timing(null, "2026-03-09")).toEqual({ kind: "no-deadline" });
  });
});
