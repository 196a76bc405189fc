import type { GuideStep } from "@/lib/content/parse";
import { RequestTracker } from "./RequestTracker";

/** "I sent it" under a step, only when the step is a request (it says which right, and how it is sent). */
export function StepRequestTracker({ guide, step, platform, company }: { guide: string; step: GuideStep; platform: string; company: string }) {
  if (!step.right || !step.channel) return null;
  return (
    <RequestTracker
      guide={guide}
      stepId={step.id}
      title={step.title}
      platform={platform}
      company={company}
      right={step.right}
      channel={step.channel}
      {...(step.contact ? { contact: step.contact } : {})}
    />
  );
}
