import type { Guide } from "@/lib/content/parse";
import { REGION_LABELS } from "@/lib/content/constants";
import { formatDate } from "@/lib/format";
import { guideSourcingStats } from "@/lib/content/sourcing";

export function GuideMeta({ guide }: { guide: Guide }) {
  const fm = guide.frontmatter;
  const sourcing = guideSourcingStats(guide);
  const regions = fm.regions.includes("all") ? "Everywhere" : fm.regions.map((r) => (r === "all" ? "" : REGION_LABELS[r])).join(", ");
  return (
    <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      <div className="flex gap-1">
        <dt>Platform:</dt>
        <dd className="font-medium text-zinc-900 dark:text-zinc-100">
          {fm.platform}
          {fm.company !== fm.platform ? ` (${fm.company})` : ""}
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>Steps:</dt>
        <dd>{guide.steps.length}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Confirmed by {sourcing.whose} own words:</dt>
        <dd>
          {sourcing.confirmed} of {sourcing.steps} {sourcing.steps === 1 ? "step" : "steps"}
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>Time:</dt>
        <dd>about {fm.minutes} min</dd>
      </div>
      <div className="flex gap-1">
        <dt>Difficulty:</dt>
        <dd>{fm.difficulty}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Applies:</dt>
        <dd>{regions}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Last reviewed:</dt>
        <dd>
          <time dateTime={fm.lastReviewed}>{formatDate(fm.lastReviewed)}</time>
        </dd>
      </div>
    </dl>
  );
}
