/** Writes to the account's plan (app/api/plan): the plan as stored, or null when the write did not get through. */
import type { Plan } from "@/lib/plan/rules";
import { pageLocaleHeader } from "@/lib/i18n/request-locale";

export async function sendPlan(method: "PUT" | "POST" | "PATCH", path: "/api/plan" | "/api/plan/merge", body: Plan | Pick<Plan, "region">): Promise<Plan | null> {
  try {
    const res = await fetch(path, { method, headers: { "content-type": "application/json", ...pageLocaleHeader() }, body: JSON.stringify(body) });
    if (!res.ok) return null;
    return ((await res.json()) as { plan?: Plan }).plan ?? null;
  } catch {
    return null;
  }
}
