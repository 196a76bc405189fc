import { MAX_REFERENCE_LENGTH } from "@/lib/requests/vocabulary";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { serverEnv } from "@/lib/env";
import { enabledOAuthProviders } from "@/lib/auth/auth-js";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import { formatDay } from "@/lib/i18n/dates";
import { formatList } from "@/lib/i18n/lists";
import { ACCOUNT_PATH, PLAN_PATH, localePath } from "@/lib/paths";
import {
  contactLink,
  DAILY_PURGES,
  durationParts,
  HANDLED_REPORT_DAYS,
  LOCAL_STORAGE_FACTS,
  LONGEST_RATE_LIMIT_SECONDS,
  PRIOR_DAYS,
  PRIVACY_LAST_UPDATED,
  RATE_LIMIT_FACTS,
  RECENT_DAYS,
  REMINDER_CHOICES,
  REPORT_MAX_LENGTH,
  SESSION_MAX_AGE_DAYS,
  SIGN_IN_LINK_MAX_AGE_HOURS,
  STATS_MIN_PEOPLE,
  STATS_WINDOW_DAYS,
  UNSUBSCRIBE_TOKEN_DAYS,
} from "@/lib/privacy-facts";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return pageMetadata(locale, "/privacy", t("metaTitle"), t("metaDescription"));
}

// The operator's contact (OPERATOR_CONTACT) and the sign-in options are read from the server's
// environment at request time: `next build` runs without it, and a deploy may change it.
export const dynamic = "force-dynamic";

type Item = { title: string; what: React.ReactNode; why: React.ReactNode; howLong: React.ReactNode };

function Stored({ items, whyLabel, howLongLabel }: { items: Item[]; whyLabel: string; howLongLabel: string }) {
  return (
    <ul className="not-prose mt-4 space-y-4">
      {items.map((item) => (
        <li key={item.title} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <h4 className="font-semibold text-zinc-900 dark:text-zinc-100">{item.title}</h4>
          <div className="mt-1 text-zinc-700 dark:text-zinc-300">{item.what}</div>
          <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm text-zinc-700 sm:grid-cols-[8rem_1fr] dark:text-zinc-300">
            <dt className="font-medium text-zinc-900 dark:text-zinc-100">{whyLabel}</dt>
            <dd>{item.why}</dd>
            <dt className="font-medium text-zinc-900 dark:text-zinc-100">{howLongLabel}</dt>
            <dd>{item.howLong}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

export default async function PrivacyPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "privacy" });
  const env = serverEnv();
  const contact = env.OPERATOR_CONTACT;
  const link = contactLink(contact);
  const host = new URL(env.SITE_URL).host;
  const providers = enabledOAuthProviders().map((p) => p.name);
  const providerNames = formatList(providers, locale, "or");
  const purges = formatList(
    DAILY_PURGES.map((id) => t(`purge.${id}`, { days: HANDLED_REPORT_DAYS })),
    locale,
  );
  // The contact as written, with its email or web address made a link.
  const at = link ? contact.indexOf(link.label) : -1;
  const contactNode =
    link && at >= 0 ? (
      <>
        {contact.slice(0, at)}
        <a href={link.href}>{link.label}</a>
        {contact.slice(at + link.label.length)}
      </>
    ) : (
      <>{contact}</>
    );
  const contract = t("contract");
  const untilDeleted = t("untilDeleted");
  const untilChanged = t("untilChanged");
  const accountLink = (chunks: React.ReactNode) => <Link href={localePath(locale, ACCOUNT_PATH)}>{chunks}</Link>;
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

  const account: Item[] = [
    { title: t("emailTitle"), what: <p>{t("emailWhat")}</p>, why: t("emailWhy", { contract }), howLong: untilDeleted },
    ...(providers.length
      ? [{ title: t("oauthTitle", { providers: providerNames }), what: <p>{t("oauthWhat", { providers: providerNames })}</p>, why: contract, howLong: untilDeleted }]
      : []),
    { title: t("ticksTitle"), what: <p>{t("ticksWhat")}</p>, why: t("ticksWhy", { contract }), howLong: t("ticksHowLong") },
    {
      title: t("planTitle"),
      what: <p>{t.rich("planWhat", { link: (chunks) => <Link href={localePath(locale, PLAN_PATH)}>{chunks}</Link> })}</p>,
      why: t("planWhy", { contract }),
      howLong: untilChanged,
    },
    { title: t("requestsTitle"), what: <p>{t("requestsWhat", { max: MAX_REFERENCE_LENGTH })}</p>, why: t("requestsWhy", { contract }), howLong: t("requestsHowLong") },
    { title: t("requestRemindersTitle"), what: <p>{t("requestRemindersWhat")}</p>, why: t("requestRemindersWhy"), howLong: untilChanged },
    {
      title: t("remindersTitle"),
      what: <p>{t("remindersWhat", { choices: formatList(REMINDER_CHOICES, locale, "or") })}</p>,
      why: t("remindersWhy", { days: UNSUBSCRIBE_TOKEN_DAYS }),
      howLong: untilChanged,
    },
    { title: t("sessionsTitle"), what: <p>{t("sessionsWhat")}</p>, why: t("sessionsWhy", { contract }), howLong: t("sessionsHowLong", { days: SESSION_MAX_AGE_DAYS }) },
    { title: t("tokensTitle"), what: <p>{t("tokensWhat")}</p>, why: t("tokensWhy"), howLong: t("tokensHowLong", { hours: SIGN_IN_LINK_MAX_AGE_HOURS }) },
  ];

  const anonymous: Item[] = [
    { title: t("reportsTitle"), what: <p>{t("reportsWhat", { max: REPORT_MAX_LENGTH })}</p>, why: t("reportsWhy"), howLong: t("reportsHowLong", { days: HANDLED_REPORT_DAYS }) },
    {
      title: t("limitsTitle"),
      what: (
        <>
          <p>{t("limitsIntro")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {RATE_LIMIT_FACTS.map((f) => (
              <li key={f.name}>{t(`limit.${f.name}`, { points: f.points })}</li>
            ))}
          </ul>
          <p className="mt-2">{t("limitsHash")}</p>
        </>
      ),
      why: t("limitsWhy"),
      howLong: t("limitsHowLong", { window: t("duration", durationParts(LONGEST_RATE_LIMIT_SECONDS)) }),
    },
  ];

  return (
    <article className="prose prose-zinc mx-auto max-w-3xl dark:prose-invert prose-code:before:content-none prose-code:after:content-none" aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p className="text-sm">
        {t.rich("lastUpdated", { date: formatDay(PRIVACY_LAST_UPDATED, locale), time: (chunks) => <time dateTime={PRIVACY_LAST_UPDATED}>{chunks}</time> })}
      </p>

      <h2>{t("inShort")}</h2>
      <ul>
        <li>{t("short1")}</li>
        <li>{t("short2")}</li>
        <li>{t("short3")}</li>
        <li>{t("short4")}</li>
        <li>{t.rich("short5", { link: accountLink })}</li>
      </ul>

      <h2>{t("whoRuns")}</h2>
      <p>{t.rich("whoRunsText", { host, contact: () => <span data-testid="operator-contact">{contactNode}</span> })}</p>

      <h2>{t("stored")}</h2>
      <h3>{t("ifSignIn")}</h3>
      <Stored items={account} whyLabel={t("why")} howLongLabel={t("howLong")} />
      <h3>{t("withoutAccount")}</h3>
      <Stored items={anonymous} whyLabel={t("why")} howLongLabel={t("howLong")} />

      <h3>{t("counted")}</h3>
      <p>{t("countedText", { window: STATS_WINDOW_DAYS, recent: RECENT_DAYS, prior: PRIOR_DAYS, min: STATS_MIN_PEOPLE })}</p>

      <h3>{t("browserOnly")}</h3>
      <p>{t("browserOnlyIntro")}</p>
      <ul>
        {LOCAL_STORAGE_FACTS.map((f) => (
          <li key={f.key}>{t.rich("storageLine", { key: f.key, what: t(`storage.${f.id}`), code: (chunks) => <code>{chunks}</code> })}</li>
        ))}
      </ul>
      <p>{t("cookies")}</p>

      <h2>{t("whoSees")}</h2>
      <ul>
        <li>{t("whoSeesOperator")}</li>
        <li>{t("whoSeesHosts")}</li>
        <li>{t("whoSeesMail")}</li>
        {providers.length ? <li>{t("whoSeesProvider", { providers: providerNames })}</li> : null}
      </ul>
      <p>{t("logs")}</p>
      <p>{t("purgesLine", { purges })}</p>

      <h2>{t("takeAway")}</h2>
      <ul>
        <li>{t.rich("export", { strong, link: accountLink })}</li>
        <li>{t.rich("delete", { strong, link: accountLink })}</li>
        <li>{t.rich("reportsRemoval", { strong })}</li>
      </ul>

      <h2>{t("rights")}</h2>
      <p>{t("rightsIntro")}</p>
      <ul>
        <li>{t.rich("rightAccess", { strong })}</li>
        <li>{t.rich("rightCorrect", { strong })}</li>
        <li>{t.rich("rightErase", { strong })}</li>
        <li>{t.rich("rightRestrict", { strong })}</li>
        <li>{t.rich("rightWithdraw", { strong })}</li>
        <li>{t.rich("rightComplain", { strong })}</li>
      </ul>
      <p>{t("noAutomated")}</p>

      <h2>{t("contact")}</h2>
      <p>{t.rich("contactText", { contact: () => contactNode })}</p>

      <h2>{t("changes")}</h2>
      <p>{t("changesText")}</p>
    </article>
  );
}
