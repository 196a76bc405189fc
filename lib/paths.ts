/** The site's paths to guides and their steps, built in one place (client and server). */
export const guidePath = (slug: string, stepId?: string) => `/guides/${slug}${stepId ? `#${stepId}` : ""}`;
/** A step's own page (the guided walkthrough). */
export const stepPath = (slug: string, stepId: string) => `/guides/${slug}/steps/${stepId}`;
/** The end of a guide's walkthrough: what was done and skipped, and the next guide in the plan. */
export const guideDonePath = (slug: string) => `/guides/${slug}/done`;
