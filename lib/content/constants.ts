/** The guide format's vocabularies, free of zod so browser code can import them cheaply. */
export const CATEGORIES = ["social", "messaging", "professional", "ai-assistant", "creative", "productivity", "shopping", "search"] as const;
export const EFFECTS = ["stops-training", "deletes-data", "limits-ads", "limits-analytics", "limits-personalisation", "limits-exposure", "objects", "prepares-request"] as const;
export const REGION_CODES = ["EU", "UK", "US", "CH", "KR", "BR", "CA", "AU", "IN", "JP"] as const;

export type Category = (typeof CATEGORIES)[number];
export type Effect = (typeof EFFECTS)[number];
export type RegionCode = (typeof REGION_CODES)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `reviewEvery` in a guide's frontmatter: days between re-checks of its steps (CONTENT.md). */
export const DEFAULT_REVIEW_EVERY_DAYS = 120;
export const MAX_REVIEW_EVERY_DAYS = 730;

export const EFFECT_LABELS: Record<Effect, string> = {
  "stops-training": "Stops AI training",
  "deletes-data": "Deletes data",
  "limits-ads": "Limits ads only",
  "limits-analytics": "Limits analytics",
  "limits-personalisation": "Limits personalisation",
  "limits-exposure": "Limits exposure",
  objects: "Legal objection",
  "prepares-request": "Prepares a request",
};

/**
 * Every region the site names, once: the codes guides tag steps with, and `other` for a reader who lives
 * somewhere else (it matches only steps for every region). Where a reader can say they live, `liveHere`
 * says what the law there gives them. The guide schema's codes (REGION_CODES) key it, so the two cannot drift.
 */
export const REGIONS = {
  EU: { label: "EU / EEA", liveHere: "GDPR gives you a right to object to AI training, and several apps only offer the switch here." },
  UK: { label: "UK", liveHere: "UK GDPR gives you a right to object, like in the EU." },
  CH: { label: "Switzerland", liveHere: "Swiss data protection law lets you object, and some apps treat Switzerland like the EU." },
  US: { label: "US", liveHere: "Few legal objection rights: the settings in the apps are what you have." },
  KR: { label: "South Korea" },
  BR: { label: "Brazil" },
  CA: { label: "Canada" },
  AU: { label: "Australia" },
  IN: { label: "India" },
  JP: { label: "Japan" },
  other: { label: "Elsewhere", liveHere: "Only the steps that work everywhere are counted." },
} as const satisfies Record<RegionCode | "other", { label: string; liveHere?: string }>;

export const REGION_LABELS = Object.fromEntries(REGION_CODES.map((code) => [code, REGIONS[code].label])) as Record<RegionCode, string>;

/** Where a reader can say they live (the plan, the guide pages' chooser, the account), in the order offered. */
export const READER_REGION_CODES = ["EU", "UK", "CH", "US", "other"] as const satisfies readonly (keyof typeof REGIONS)[];
export type ReaderRegion = (typeof READER_REGION_CODES)[number];

/** How much a source can vouch for a step: `official` is the platform's own page. Ordered strongest first. */
export const SOURCE_KINDS = ["official", "press", "community"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

