/**
 * The one step lookup, for server and browser: a guide's step by id, or nothing (an old tick, a report
 * or a link may name a step the guide no longer has, and every caller must say what it does then).
 */
export function stepById<S extends { id: string }>(steps: readonly S[] | undefined, id: string | null | undefined): S | undefined {
  return id ? steps?.find((s) => s.id === id) : undefined;
}

/** Where a step stands in its guide (0-based), or -1 when the guide has no such step. */
export function stepIndex(steps: readonly { id: string }[] | undefined, id: string | null | undefined): number {
  return id && steps ? steps.findIndex((s) => s.id === id) : -1;
}
