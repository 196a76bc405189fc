import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { authoritiesData, authoritiesForRegion, authorityFor, leadFor, parseAuthorities } from "@/lib/requests/authorities";

const EU_EEA = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"];

describe("content/authorities.yaml", () => {
  const data = authoritiesData();

  it("has an authority for every EU and EEA country and the UK, each resting on a listed source", () => {
    expect(data.authorities.map((a) => a.country).sort()).toEqual([...EU_EEA, "GB"].sort());
    const ids = new Set(data.sources.map((s) => s.id));
    for (const a of data.authorities) expect(ids.has(a.source), a.country).toBe(true);
  });

  it("names the lead authority of the big platforms, and only for guides that exist", () => {
    const slugs = new Set(readdirSync("content/guides").map((f) => f.replace(/\.mdx$/, "")));
    for (const lead of data.leads) for (const g of lead.guides) expect(slugs.has(g), `${lead.company}: ${g}`).toBe(true);
    expect(leadFor("instagram")?.authorityEntry.name).toBe("Data Protection Commission (DPC)");
    expect(leadFor("linkedin")?.controller).toMatch(/LinkedIn Ireland/);
    expect(leadFor("reddit")).toBeUndefined();
  });

  it("lists the authorities a reader can choose from by region", () => {
    expect(authoritiesForRegion("UK").map((a) => a.country)).toEqual(["GB"]);
    expect(authoritiesForRegion("EU")).toHaveLength(EU_EEA.length);
    expect(authoritiesForRegion("US")).toEqual([]);
    expect(authorityFor("IE")?.complaint).toMatch(/^https:\/\/dataprotection\.ie\//);
  });

  it("refuses a file with an unknown source, a duplicate country or a lead without its authority", () => {
    const base = `lastReviewed: 2026-12-05
sources: [{ id: src, title: Some list, url: "https://a.example.invalid/" }]
authorities: [{ country: IE, countryName: Ireland, name: DPC, url: "https://b.example.invalid/", source: src }]
leads: []`;
    expect(() => parseAuthorities(base)).not.toThrow();
    expect(() => parseAuthorities(base.replace("source: src }", "source: other }"))).toThrow(/not one of the file's sources/);
    expect(() => parseAuthorities(base.replace("leads: []", `leads: [{ company: M, controller: M Ltd, authority: FR, guides: [x], source: { title: Policy, url: "https://c.example.invalid/" } }]`))).toThrow(
      /no authority for FR/,
    );
    expect(() => parseAuthorities(base.replace("authorities: [", `authorities: [{ country: IE, countryName: Ireland, name: DPC2, url: "https://d.example.invalid/", source: src }, `))).toThrow(/listed twice/);
  });
});
