import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { answeredAction, closedAction, extendedAction, requestRemindersAction, stopTrackingAction } from "@/lib/requests/actions";
import { localDueLine, localSentLine, localStateLine } from "@/lib/requests/describe";
import { lawCovers, lawRule } from "@/lib/requests/laws";
import type { ChecklistRequest } from "@/lib/requests/checklist";
import { REQUEST_OUTCOMES } from "@/lib/requests/vocabulary";
import type { LetterFacts } from "@/lib/requests/letters";
import { guidePath, localePath, RIGHTS_PATH } from "@/lib/paths";
import { ActionForm } from "@/components/ui/ActionForm";
import { Section } from "@/components/ui/Section";
import { LetterBuilder } from "@/components/requests/LetterBuilder";
import { ComplaintBuilder, type AuthorityChoice } from "@/components/requests/ComplaintBuilder";

export type WaitingRequest = ChecklistRequest;

function Hidden({ r }: { r: WaitingRequest }) {
  return (
    <>
      <input type="hidden" name="guide" value={r.guide} />
      <input type="hidden" name="stepId" value={r.stepId} />
    </>
  );
}

function RequestItem({ r, today, authorities }: { r: WaitingRequest; today: string; authorities: AuthorityChoice[] }) {
  const locale = useLocale();
  const t = useTranslations("client.waiting");
  const words = useTranslations("client.requests");
  const law = lawRule(r.law);
  const overdue = r.state === "sent" && r.timing.kind === "overdue";
  const refused = r.state === "answered" && r.outcome !== "accepted";
  const facts: Omit<LetterFacts, "name" | "accountEmail"> = {
    company: r.step.company,
    platform: r.step.platform,
    right: r.right,
    law: r.law,
    sentOn: r.sentOn,
    dueOn: r.dueOn,
    reference: r.reference,
    outcome: r.outcome === "refused" ? "refused" : r.outcome === "asked-for-more" ? "asked-for-more" : "no-answer",
  };
  return (
    <li className={`rounded-lg border p-3 ${overdue ? "border-red-600 dark:border-red-400" : "border-zinc-200 dark:border-zinc-800"}`} data-request={`${r.guide}/${r.stepId}`}>
      <h3 className="font-semibold">
        <Link href={guidePath(r.guide, r.stepId, locale)} className="underline">
          {r.step.platform}
        </Link>
        : {words(`right.${r.right}`)}
      </h3>
      <p className="text-sm">{localSentLine(words, locale, r)}</p>
      {r.state === "sent" ? <p className={`text-sm ${overdue ? "font-semibold text-red-800 dark:text-red-300" : ""}`}>{localDueLine(words, locale, r)}</p> : null}
      <p className="text-sm font-medium">{localStateLine(words, locale, r)}</p>
      {r.state === "sent" ? (
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {lawCovers(law, r.right) ? (
            <ActionForm action={extendedAction} submitLabel={r.extended ? t("undoExtension") : t("extended")}>
              <Hidden r={r} />
              <input type="hidden" name="extended" value={r.extended ? "false" : "true"} />
            </ActionForm>
          ) : null}
          <ActionForm action={answeredAction} submitLabel={t("markAnswered")}>
            <Hidden r={r} />
            <label htmlFor={`outcome-${r.guide}-${r.stepId}`} className="text-sm">
              {t("answer")}
            </label>
            <select id={`outcome-${r.guide}-${r.stepId}`} name="outcome" defaultValue="accepted" className="rounded border border-zinc-300 px-1 py-0.5 text-sm dark:border-zinc-700 dark:bg-zinc-900">
                {REQUEST_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {words(`outcome.${o}`)}
                  </option>
                ))}
            </select>
            <label htmlFor={`answered-${r.guide}-${r.stepId}`} className="text-sm">
              {t("on")}
            </label>
            <input id={`answered-${r.guide}-${r.stepId}`} type="date" name="answeredOn" defaultValue={today} min={r.sentOn} max={today} required className="rounded border border-zinc-300 px-1 py-0.5 text-sm dark:border-zinc-700 dark:bg-zinc-900" />
          </ActionForm>
        </div>
      ) : null}
      {overdue || refused ? (
        <div className="mt-2">
          <p className="text-sm font-medium">{t("nextMove")}</p>
          {overdue ? <LetterBuilder kind="follow-up" facts={facts} {...(r.step.contact ? { contact: r.step.contact } : {})} /> : null}
          <ComplaintBuilder facts={facts} authorities={authorities} {...(r.lead ? { lead: r.lead } : {})} />
          {!authorities.length ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              {t.rich("noAuthorities", {
                link: (chunks) => (
                  <Link href={localePath(locale, RIGHTS_PATH)} className="underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        <ActionForm action={closedAction} submitLabel={r.state === "closed" ? t("reopen") : t("close")}>
          <Hidden r={r} />
          <input type="hidden" name="reopen" value={r.state === "closed" ? "true" : "false"} />
        </ActionForm>
        <ActionForm action={stopTrackingAction} submitLabel={t("stop")}>
          <Hidden r={r} />
        </ActionForm>
      </div>
    </li>
  );
}

/** "Waiting for an answer": the requests the reader sent, with due dates, days left or late, and the next move. */
export function WaitingSection({ requests, today, authorities, reminders }: { requests: WaitingRequest[]; today: string; authorities: AuthorityChoice[]; reminders: boolean }) {
  const locale = useLocale();
  const t = useTranslations("client.waiting");
  if (!requests.length) return null;
  const waiting = requests.filter((r) => r.state === "sent");
  const rest = requests.filter((r) => r.state !== "sent");
  return (
    <Section
      id="requests"
      title={t("title")}
      className="mt-4"
      intro={
        <>
          {t.rich("intro", {
            link: (chunks) => (
              <Link href={localePath(locale, RIGHTS_PATH)} className="underline">
                {chunks}
              </Link>
            ),
          })}
        </>
      }
    >
      {waiting.length ? (
        <ul className="mt-3 space-y-3">
          {waiting.map((r) => (
            <RequestItem key={`${r.guide}/${r.stepId}`} r={r} today={today} authorities={authorities} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm">{t("nothingWaiting")}</p>
      )}
      {rest.length ? (
        <>
          <h3 className="mt-4 font-semibold">{t("answeredAndClosed")}</h3>
          <ul className="mt-2 space-y-3">
            {rest.map((r) => (
              <RequestItem key={`${r.guide}/${r.stepId}`} r={r} today={today} authorities={authorities} />
            ))}
          </ul>
        </>
      ) : null}
      <ActionForm action={requestRemindersAction} submitLabel={reminders ? t("stopEmails") : t("emailMe")} className="no-print mt-3 flex flex-wrap items-center gap-2">
        <span className="text-sm">{reminders ? t("remindersOn") : t("remindersOff")}</span>
        <input type="hidden" name="on" value={reminders ? "false" : "true"} />
      </ActionForm>
    </Section>
  );
}
