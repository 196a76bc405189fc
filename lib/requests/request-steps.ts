/** Which steps of the guides are requests a company must answer, read from the guides' `right`/`channel`/`contact` attributes. */
import type { Guide } from "@/lib/content/parse";
import { allGuides } from "@/lib/content/guides";
import type { RequestChannel, RequestRight } from "./vocabulary";

export type RequestStep = {
  guide: string;
  stepId: string;
  title: string;
  platform: string;
  company: string;
  right: RequestRight;
  /** How the company takes the request. */
  channel: RequestChannel;
  /** "mailto:…" or the form's https:// address, when the guide gives one. */
  contact?: string;
  /** The step's deep link (the form itself, often). */
  href?: string;
};

export function requestStepsOf(guide: Guide): RequestStep[] {
  return guide.steps.flatMap((step) =>
    step.right && step.channel
      ? [
          {
            guide: guide.slug,
            stepId: step.id,
            title: step.title,
            platform: guide.frontmatter.platform,
            company: guide.frontmatter.company,
            right: step.right,
            channel: step.channel,
            ...(step.contact ? { contact: step.contact } : {}),
            ...(step.href ? { href: step.href } : {}),
          },
        ]
      : [],
  );
}

/** Every request step, keyed "guide/stepId". */
export function requestStepIndex(guides: readonly Guide[]): Map<string, RequestStep> {
  return new Map(guides.flatMap(requestStepsOf).map((s) => [`${s.guide}/${s.stepId}`, s]));
}

let cache: Map<string, RequestStep> | undefined;
/** The request steps of the guides on disk, read once per process. */
export function requestSteps(): Map<string, RequestStep> {
  cache ??= requestStepIndex(allGuides());
  return cache;
}
