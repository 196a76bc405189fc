/** The codes of request tracking (docs/architecture.md: vocabularies are data; their words are in messages/*.json, client.requests), free of zod so browser code can import them. */

/** Which right a request step uses (the step's `right` attribute in the guide). */
export const REQUEST_RIGHTS = ["object", "erase", "access"] as const;
export type RequestRight = (typeof REQUEST_RIGHTS)[number];

/** How the reader sent it (also the step's `channel` attribute: how the company asks for it). */
export const REQUEST_CHANNELS = ["form", "email", "in-app", "post"] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** Where a request stands: the reader says it; "overdue" is derived from the due date, never stored. */
export const REQUEST_STATES = ["sent", "answered", "closed"] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_OUTCOMES = ["accepted", "refused", "asked-for-more"] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/** The longest reference number a company gives that we keep (the only free text we store). */
export const MAX_REFERENCE_LENGTH = 64;
