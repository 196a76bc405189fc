/** Lists and times in the reader's language (lib/i18n/lists.ts, lib/i18n/dates.ts), and the plan's set-aside groups they word. */
import { describe, expect, it } from "vitest";
import { formatAndList, formatOrList } from "@/lib/i18n/lists";
import { formatDayTime } from "@/lib/i18n/dates";
import { setAsideGroups } from "@/lib/plan/rules";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { catalogue } from "../support/messages";

describe("lists per language", () => {
  it("joins with the language's own 'and' and 'or'", () => {
    expect(formatAndList(["Instagram", "Facebook", "X"], "en")).toBe("Instagram, Facebook and X");
    expect(formatAndList(["Instagram", "Facebook", "X"], "de")).toBe("Instagram, Facebook und X");
    expect(formatAndList(["Instagram", "Facebook", "X"], "fr")).toBe("Instagram, Facebook et X");
    expect(formatOrList(["UE / EEE", "Royaume-Uni"], "fr")).toBe("UE / EEE ou Royaume-Uni");
    expect(formatOrList(["UE / EEE", "Reino Unido"], "es")).toBe("UE / EEE o Reino Unido");
    expect(formatOrList(["UE / SEE", "Regno Unito"], "it")).toBe("UE / SEE o Regno Unito");
    expect(formatOrList(["EU"], "de")).toBe("EU");
  });
  it("writes a moment in UTC with the language's month names", () => {
    const at = new Date("2026-12-01T10:04:00Z");
    expect(formatDayTime(at, "en")).toBe("1 Dec 2026, 10:04 UTC");
    expect(formatDayTime(at, "de")).toMatch(/^1\. Dez\. 2026, 10:04 UTC$/);
  });
});

describe("steps set aside, as data", () => {
  it("counts steps per list of regions", () => {
    const steps = [{ region: ["EU"] as const }, { region: ["EU", "UK"] as const }, { region: ["EU"] as const }].map((s) => ({ region: [...s.region] }));
    expect(setAsideGroups(steps)).toEqual([
      { regions: ["EU"], count: 2 },
      { regions: ["EU", "UK"], count: 1 },
    ]);
  });

  // As components/checklist/PlanSection.tsx words them: the regions' names in an "or" list, inside checklist.setAside.
  const sayIn = (locale: Locale) => {
    const t = createTranslator({ locale, messages: catalogue(locale), namespace: "checklist", timeZone: "UTC" }) as unknown as (key: string, values?: Record<string, unknown>) => string;
    const groups = setAsideGroups([{ region: ["EU"] }, { region: ["EU"] }, { region: ["EU", "UK", "CH"] }]);
    return groups.map((g) => t("setAside", { count: g.count, regions: formatOrList(g.regions.map((r) => t(`regionName.${r}`)), locale) }));
  };

  it("words them as a sentence in each language, with the regions' names, not their codes", () => {
    expect(sayIn("en")).toEqual(["2 steps only apply in the EU / EEA", "1 step only applies in the EU / EEA, the UK or Switzerland"]);
    expect(sayIn("de")).toEqual(["2 Schritte gelten nur für die EU", "1 Schritt gilt nur für die EU, das Vereinigte Königreich oder die Schweiz"]);
    for (const locale of ["fr", "es", "it"] as const) expect(sayIn(locale).join(" "), locale).not.toMatch(/\b(?:EU|UK|CH)\b/);
  });
});
