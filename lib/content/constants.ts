/** The guide format's vocabularies, free of zod so browser code can import them cheaply. */
export const CATEGORIES = ["social", "messaging", "professional", "ai-assistant", "creative", "productivity", "shopping", "search"] as const;
export const EFFECTS = ["stops-training", "deletes-data", "limits-ads", "limits-analytics", "limits-personalisation", "limits-exposure", "objects"] as const;
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
};

export const REGION_LABELS: Record<RegionCode, string> = {
  EU: "EU/EEA",
  UK: "UK",
  US: "US",
  CH: "Switzerland",
  KR: "South Korea",
  BR: "Brazil",
  CA: "Canada",
  AU: "Australia",
  IN: "India",
  JP: "Japan",
};

/** How much a source can vouch for a step: `official` is the platform's own page. Ordered strongest first. */
export const SOURCE_KINDS = ["official", "press", "community"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: "Official",
  press: "Press",
  community: "Community",
};
