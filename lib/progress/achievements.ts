/**
 * "What your done steps achieved", by effect, for the checklist: training switched off, data deleted,
 * exposure limited, ads and personalisation limited, and the objections and requests sent, answered and
 * overdue. Pure: counts from the outlines, the ticked step ids and the tracked requests.
 */
import { EFFECTS, type Effect } from "@/lib/content/constants";
import type { GuideOutline } from "@/lib/content/guides";

export type Achievements = {
  stopsTraining: number;
  deletesData: number;
  limitsExposure: number;
  limitsOther: number;
  requests: { sent: number; answered: number; overdue: number };
};

type RequestLike = { state: "sent" | "answered" | "closed"; timing: { kind: string } };

export function achievements(outlines: readonly GuideOutline[], doneByGuide: ReadonlyMap<string, ReadonlySet<string>>, requests: readonly RequestLike[]): Achievements {
  const counts = Object.fromEntries(EFFECTS.map((e) => [e, 0])) as Record<Effect, number>;
  for (const guide of outlines) {
    const done = doneByGuide.get(guide.slug);
    if (!done) continue;
    for (const step of guide.steps) if (step.effect && done.has(step.id)) counts[step.effect]++;
  }
  return {
    stopsTraining: counts["stops-training"],
    deletesData: counts["deletes-data"],
    limitsExposure: counts["limits-exposure"],
    // Ads, analytics and personalisation switches: whatever limits-* labels the vocabulary has besides exposure.
    limitsOther: EFFECTS.filter((e) => e.startsWith("limits-") && e !== "limits-exposure").reduce((n, e) => n + counts[e], 0),
    requests: {
      sent: requests.length,
      answered: requests.filter((r) => r.state !== "sent").length,
      overdue: requests.filter((r) => r.state === "sent" && r.timing.kind === "overdue").length,
    },
  };
}
