/** The signed-out plan on this device (localStorage), in the same `g=…&r=…` form as the plan's link. */
import { PLAN_KEY, planQuery, readPlanQuery, type Plan } from "@/lib/plan/rules";
import { SLUG_PATTERN } from "@/lib/content/constants";

/** For pages that do not ship the catalogue: keep every well-formed id; /plan drops ids that are no guide. */
export const ANY_GUIDE = { has: (id: string) => SLUG_PATTERN.test(id) } as ReadonlySet<string>;

export function readLocalPlan(known: ReadonlySet<string>): Plan | null {
  try {
    const raw = localStorage.getItem(PLAN_KEY);
    return raw === null ? null : readPlanQuery(new URLSearchParams(raw), known);
  } catch {
    return null;
  }
}

export function writeLocalPlan(plan: Plan | null) {
  try {
    if (plan) localStorage.setItem(PLAN_KEY, planQuery(plan));
    else localStorage.removeItem(PLAN_KEY);
  } catch {
    // Storage full or blocked: the plan's link still holds it.
  }
}
