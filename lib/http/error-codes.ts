/**
 * Stable codes for the errors an API route answers with ({error, code}): a client or a test keys on the
 * code, and a person reads `error`, written in their language from the `apiErrors` catalogue
 * (lib/http/handler.ts). Pure data, importable anywhere.
 */
export const ERROR_CODES = [
  "json-only",
  "too-large",
  "unreadable-body",
  "invalid-json",
  "invalid-input",
  "unknown-guide",
  "unknown-step",
  "signed-out",
  "cross-site",
  "unavailable",
  "busy",
  "server-error",
  "report-gone",
  "report-not-open",
  "no-open-reports",
  "not-tracked",
  "unsubscribe-invalid",
  "confirm-on-page",
  "confirm-delete",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The values a code's sentence takes ("unknown-guide": {guide}); "invalid-input" carries the English detail. */
export type ErrorValues = Record<string, string | number>;
