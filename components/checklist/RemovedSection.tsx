import type { Checklist } from "@/lib/progress/checklist";
import { formatDate } from "@/lib/format";
import { Section } from "@/components/ui/Section";

/** Ticked steps that a guide no longer has: shown so nothing vanishes silently, with nothing to do. */
export function RemovedSection({ removed }: { removed: Checklist["removed"] }) {
  if (!removed.length) return null;
  return (
    <Section id="removed" title="Steps no longer in a guide" intro="You ticked these, but the guide does not have them any more (the platform changed). Nothing to do.">
      <ul className="mt-2 list-disc pl-5 text-sm">
        {removed.map((r) => (
          <li key={`${r.guide}/${r.stepId}`}>
            {r.platform}: “{r.stepId}” (removed; done {formatDate(r.completedAt)})
          </li>
        ))}
      </ul>
    </Section>
  );
}
