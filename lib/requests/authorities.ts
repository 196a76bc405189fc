/**
 * The data protection authorities (content/authorities.yaml): one per EU/EEA country and the UK's ICO,
 * and the lead authority for the big platforms. Kept like a guide: validated here, with sources, and
 * checked by a content test. Read once per process.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const httpsUrl = z.url().refine((u) => u.startsWith("https://"), "must be an https:// URL");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 country code such as IE");

const authoritySchema = z.strictObject({
  country: countryCode,
  countryName: z.string().min(2),
  name: z.string().min(3),
  url: httpsUrl,
  /** The authority's page for individuals' complaints, where it was checked; else `url` is where to start. */
  complaint: httpsUrl.optional(),
  note: z.string().min(10).optional(),
  source: z.string().min(2),
});
export type Authority = z.infer<typeof authoritySchema>;

const leadSchema = z.strictObject({
  company: z.string().min(1),
  controller: z.string().min(3),
  authority: countryCode,
  guides: z.array(z.string().min(1)).min(1),
  source: z.strictObject({ title: z.string().min(3), url: httpsUrl }),
});
export type LeadAuthority = z.infer<typeof leadSchema>;

export const authoritiesFileSchema = z
  .strictObject({
    lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    sources: z.array(z.strictObject({ id: z.string().min(2), title: z.string().min(3), url: httpsUrl })).min(1),
    authorities: z.array(authoritySchema).min(1),
    leads: z.array(leadSchema),
  })
  .superRefine((file, ctx) => {
    const sourceIds = new Set(file.sources.map((s) => s.id));
    const countries = new Set<string>();
    file.authorities.forEach((a, i) => {
      if (!sourceIds.has(a.source)) ctx.addIssue({ code: "custom", path: ["authorities", i, "source"], message: `"${a.source}" is not one of the file's sources` });
      if (countries.has(a.country)) ctx.addIssue({ code: "custom", path: ["authorities", i, "country"], message: `${a.country} is listed twice` });
      countries.add(a.country);
    });
    file.leads.forEach((l, i) => {
      if (!countries.has(l.authority)) ctx.addIssue({ code: "custom", path: ["leads", i, "authority"], message: `no authority for ${l.authority}` });
    });
  });
export type AuthoritiesFile = z.infer<typeof authoritiesFileSchema>;

export const AUTHORITIES_FILE = path.join(process.cwd(), "content/authorities.yaml");

export function parseAuthorities(text: string): AuthoritiesFile {
  return authoritiesFileSchema.parse(parseYaml(text));
}

let cache: AuthoritiesFile | undefined;
export function authoritiesData(): AuthoritiesFile {
  cache ??= parseAuthorities(readFileSync(/*turbopackIgnore: true*/ AUTHORITIES_FILE, "utf8"));
  return cache;
}

export function authorityFor(country: string, data: AuthoritiesFile = authoritiesData()): Authority | undefined {
  return data.authorities.find((a) => a.country === country);
}

/** The lead authority for the company behind a guide, if Untrain knows it. */
export function leadFor(guide: string, data: AuthoritiesFile = authoritiesData()): (LeadAuthority & { authorityEntry: Authority }) | undefined {
  const lead = data.leads.find((l) => l.guides.includes(guide));
  const authorityEntry = lead ? authorityFor(lead.authority, data) : undefined;
  return lead && authorityEntry ? { ...lead, authorityEntry } : undefined;
}

/** Where a reader in this region can complain: the EU/EEA countries, or the UK. */
export function authoritiesForRegion(region: string | null | undefined, data: AuthoritiesFile = authoritiesData()): Authority[] {
  if (region === "UK") return data.authorities.filter((a) => a.country === "GB");
  if (region === "EU") return data.authorities.filter((a) => a.country !== "GB");
  return [];
}
