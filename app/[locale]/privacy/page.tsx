import { MAX_REFERENCE_LENGTH } from "@/lib/requests/vocabulary";
import type { Metadata } from "next";
import Link from "next/link";
import { serverEnv } from "@/lib/env";
import { enabledOAuthProviders } from "@/lib/auth/auth-js";
import { pageMetadata } from "@/lib/content/seo";
import { pageLocale } from "@/lib/i18n/page";
import {
  contactLink,
  DAILY_PURGES,
  HANDLED_REPORT_DAYS,
  LOCAL_STORAGE_FACTS,
  LONGEST_RATE_LIMIT_WINDOW,
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

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), "/privacy",
  "Privacy notice",
  "What Untrain stores about you, why, for how long, who can see it, and how to export or delete it.",);
}

// The operator's contact (OPERATOR_CONTACT) and the sign-in options are read from the server's
// environment at request time: `next build` runs without it, and a deploy may change it.
export const dynamic = "force-dynamic";

type Item = { title: string; what: React.ReactNode; why: React.ReactNode; howLong: React.ReactNode };

function Stored({ items }: { items: Item[] }) {
  return (
    <ul className="not-prose mt-4 space-y-4">
      {items.map((item) => (
        <li key={item.title} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <h4 className="font-semibold text-zinc-900 dark:text-zinc-100">{item.title}</h4>
          <div className="mt-1 text-zinc-700 dark:text-zinc-300">{item.what}</div>
          <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm text-zinc-700 sm:grid-cols-[8rem_1fr] dark:text-zinc-300">
            <dt className="font-medium text-zinc-900 dark:text-zinc-100">Why</dt>
            <dd>{item.why}</dd>
            <dt className="font-medium text-zinc-900 dark:text-zinc-100">How long</dt>
            <dd>{item.howLong}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

export default function PrivacyPage() {
  const env = serverEnv();
  const contact = env.OPERATOR_CONTACT;
  const link = contactLink(contact);
  const host = new URL(env.SITE_URL).host;
  const providers = enabledOAuthProviders().map((p) => p.name);
  const providerNames = providers.join(" or ");
  const purges = `${DAILY_PURGES.slice(0, -1).join(", ")} and ${DAILY_PURGES.at(-1)}`;
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
  const contract = "To provide the account you asked for (contract, GDPR Art. 6(1)(b)).";

  const account: Item[] = [
    {
      title: "Your email address",
      what: <p>The address you sign in with, when your account was created, and when the address was confirmed by a sign-in link.</p>,
      why: <>To send you sign-in links (and reminders, if you ask for them) and to know which checklist is yours. {contract}</>,
      howLong: <>Until you delete your account.</>,
    },
    ...(providers.length
      ? [
          {
            title: `If you sign in with ${providerNames}`,
            what: (
              <p>
                Your name and profile picture address as {providerNames} sends them, your account number there, and the tokens it
                issues at sign-in. We use them only to sign you in; we never post or read anything on your behalf.
              </p>
            ),
            why: contract,
            howLong: <>Until you delete your account.</>,
          },
        ]
      : []),
    {
      title: "The steps you ticked",
      what: (
        <p>
          For each ticked step: the guide, the step, when you ticked it, and a short fingerprint (hash) of the step&apos;s text at that
          moment, so your checklist can tell you when a step has changed since you did it.
        </p>
      ),
      why: <>This is the checklist itself. {contract}</>,
      howLong: <>Until you untick the step (the record is deleted) or delete your account.</>,
    },
    {
      title: "Your plan",
      what: (
        <p>
          If you save a plan on <Link href="/plan">/plan</Link>, or say where you live on a guide page, while signed in: the guides you chose,
          the region you said you live in, and when you last changed it. A plan or region chosen signed out stays in your browser (and the
          plan in its link); it reaches us only when you sign in.
        </p>
      ),
      why: <>So your plan is the same on every device. {contract}</>,
      howLong: <>Until you change it or delete your account.</>,
    },
    {
      title: "Requests you track",
      what: (
        <p>
          When you mark an objection or data request as sent: the guide and step, the date you sent it, how you sent it (form, email, in the
          app, post), the reference number the company gave you if you type one in ({MAX_REFERENCE_LENGTH} characters at most, the only
          text of yours we keep), the law we count the deadline by, the due date, whether the company extended it, and whether and when
          it answered (accepted, refused, asked for more). Your name and the address you write letters with stay in your browser: the
          letters are written there and never sent to us. Tracked signed out, requests stay in your browser until you sign in.
        </p>
      ),
      why: <>So your checklist can show what is due and what to do next. {contract}</>,
      howLong: <>Until you stop tracking the request or delete your account.</>,
    },
    {
      title: "Your request reminder choice",
      what: <p>Whether you want an email when a tracked request is due and when it is a week overdue, and when each was sent, so none is mailed twice.</p>,
      why: <>Your consent (GDPR Art. 6(1)(a)): off until you turn it on in your checklist.</>,
      howLong: <>Until you change it or delete your account.</>,
    },
    {
      title: "Your reminder choice",
      what: (
        <p>
          Whether you want a re-check reminder (every {REMINDER_CHOICES.join(", ").replace(/, (\d+)$/, " or $1")} months, or never)
          and when the last one was sent, so no period is mailed twice.
        </p>
      ),
      why: (
        <>
          Your consent (GDPR Art. 6(1)(a)): reminders are off until you choose an interval. Switch them off at any time on your
          checklist, or with the link in every reminder mail (it works for {UNSUBSCRIBE_TOKEN_DAYS} days, without signing in).
        </>
      ),
      howLong: <>Until you change it or delete your account.</>,
    },
    {
      title: "Sessions",
      what: <p>A random token in a cookie in your browser, and a record that links it to your account, with its expiry date.</p>,
      why: <>To keep you signed in. {contract}</>,
      howLong: (
        <>
          {SESSION_MAX_AGE_DAYS} days from sign-in, or until you sign out. Expired sessions are deleted daily.
        </>
      ),
    },
    {
      title: "Sign-in tokens",
      what: (
        <p>
          When someone asks for a sign-in link, the address it is for and a hashed one-time token. No account exists until the
          link is opened.
        </p>
      ),
      why: <>To check the link when it is opened (steps taken at your request before a contract, GDPR Art. 6(1)(b)).</>,
      howLong: (
        <>
          Until the link is used, or {SIGN_IN_LINK_MAX_AGE_HOURS} hours at most. Expired tokens are deleted daily.
        </>
      ),
    },
  ];

  const anonymous: Item[] = [
    {
      title: "Out-of-date reports",
      what: (
        <p>
          When you report that a step is out of date: the guide, the step, your message (up to {REPORT_MAX_LENGTH} characters) and
          the time. Nothing about who sent it: no account, no network address, no cookie. Please do not write personal details in
          the message.
        </p>
      ),
      why: <>To keep the guides correct (legitimate interest, GDPR Art. 6(1)(f)).</>,
      howLong: (
        <>
          Until an editor has dealt with the report, then {HANDLED_REPORT_DAYS} days more (so a report closed by mistake can be
          reopened); then it is deleted. Editors read reports on a page only they can open; it never shows who sent one.
        </>
      ),
    },
    {
      title: "Rate-limit counters",
      what: (
        <>
          <p>To stop anyone from flooding an inbox with sign-in mails or the site with reports, Untrain counts:</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {RATE_LIMIT_FACTS.map((f) => (
              <li key={f.name}>at most {f.text}</li>
            ))}
          </ul>
          <p className="mt-2">
            A counter is stored under a keyed hash (an HMAC made with the server&apos;s secret) of the email address or network (IP)
            address it counts, never the address itself, and cannot be turned back into it.
          </p>
        </>
      ),
      why: <>To protect the service and people&apos;s inboxes from abuse (legitimate interest, GDPR Art. 6(1)(f)).</>,
      howLong: (
        <>
          Until the end of its window (at most {LONGEST_RATE_LIMIT_WINDOW}); expired counters are deleted daily.
        </>
      ),
    },
  ];

  return (
    <article className="prose prose-zinc mx-auto max-w-3xl dark:prose-invert prose-code:before:content-none prose-code:after:content-none" aria-labelledby="privacy-title">
      <h1 id="privacy-title">Privacy notice</h1>
      <p className="lead">
        Untrain helps you keep your data out of AI training, so it keeps as little of yours as it can. This page says exactly what is
        stored, why, for how long, who can see it, and how to take it with you or delete it.
      </p>
      <p className="text-sm">
        Last updated <time dateTime={PRIVACY_LAST_UPDATED}>{PRIVACY_LAST_UPDATED}</time>.
      </p>

      <h2>In short</h2>
      <ul>
        <li>Reading the guides needs no account, and Untrain stores nothing about you while you read.</li>
        <li>If you sign in, Untrain stores your email address, the steps you ticked and your reminder choice, plus what keeps you signed in.</li>
        <li>No analytics, no ads, no trackers. Pages load nothing from other sites.</li>
        <li>Your data is never sold, never shared for marketing, and never used to train AI or anything else.</li>
        <li>
          You can download everything or delete everything yourself, at any time, on <Link href="/account">your account page</Link>.
        </li>
      </ul>

      <h2>Who runs Untrain</h2>
      <p>
        Untrain at {host} is run by <span data-testid="operator-contact">{contactNode}</span>. They decide what happens to the data
        described here (the &ldquo;controller&rdquo; in data-protection law) and are the one to write to about anything on this page.
      </p>

      <h2>What is stored, why, and for how long</h2>
      <h3>If you sign in</h3>
      <Stored items={account} />
      <h3>Without an account</h3>
      <Stored items={anonymous} />

      <h3>What is counted, never per person</h3>
      <p>
        Once a day the server counts, for each step of each guide: how many people ticked the step&apos;s current text in the last{" "}
        {STATS_WINDOW_DAYS} days, and how many &ldquo;out of date&rdquo; and &ldquo;I can&apos;t find this&rdquo; reports it got, in the
        last {STATS_WINDOW_DAYS} days and in the last {RECENT_DAYS} days compared with the {PRIOR_DAYS} days before. Only these
        totals are kept, one row per step, replaced by the next day&apos;s; they say nothing about who ticked or reported. A guide shows
        &ldquo;Done by N people in the last {STATS_WINDOW_DAYS} days&rdquo; only when at least {STATS_MIN_PEOPLE} people are in the
        count; editors see the report counts, to find steps that have moved.
      </p>

      <h3>Only in your browser</h3>
      <p>
        These stay on your device, in the browser&apos;s local storage. The server never sees them, except that ticks you made while
        signed out are added to your account when you sign in.
      </p>
      <ul>
        {LOCAL_STORAGE_FACTS.map((f) => (
          <li key={f.key}>
            <code>{f.key}</code>: {f.what}.
          </li>
        ))}
      </ul>
      <p>
        The only cookies are the ones signing in needs: the session cookie once you are signed in, and short-lived ones during
        sign-in that protect the form and remember which page to return to. All of this is strictly necessary for what you asked
        the site to do, which is why there is no cookie banner. To remove it, clear this site&apos;s data in your browser.
      </p>

      <h2>Who can see it</h2>
      <ul>
        <li>The operator named above. Nobody else gets your data from Untrain.</li>
        <li>
          The companies that host the server and the database, which store it on the operator&apos;s behalf (as
          &ldquo;processors&rdquo;).
        </li>
        <li>
          The mail provider that delivers sign-in links and reminders. It receives your address and the mail, for delivery only.
        </li>
        {providers.length ? (
          <li>
            If you sign in with {providerNames}, that company knows you signed in to Untrain; its own privacy policy applies to what it
            does.
          </li>
        ) : null}
      </ul>
      <p>
        Untrain&apos;s own code writes no email address, network address or sign-in link to its logs in production. The operator&apos;s
        hosting may keep ordinary technical logs of requests, as any web server does; ask the operator how long they are kept.
      </p>
      <p>Every day, the server deletes {purges}.</p>

      <h2>Take your data with you, or delete it</h2>
      <ul>
        <li>
          <strong>Export:</strong> on <Link href="/account">your account page</Link>, choose &ldquo;Download my data (JSON)&rdquo;. The
          file holds your address, name, account dates, sign-in providers, reminder setting, and every tick with its date. It leaves
          out credentials such as session tokens.
        </li>
        <li>
          <strong>Delete:</strong> on <Link href="/account">your account page</Link>, choose &ldquo;Delete my account&rdquo;. Your
          account, sessions, ticks, reminder setting and sign-in providers are removed at once, in one step, and you are signed out.
          If the operator keeps database backups, your data leaves them as old backups are replaced.
        </li>
        <li>
          <strong>Reports</strong> are anonymous, so they cannot be found by person. To have one removed, send the operator its
          text.
        </li>
      </ul>

      <h2>Your rights</h2>
      <p>Under the GDPR (and the UK GDPR) you have the right to:</p>
      <ul>
        <li>
          <strong>access</strong> your data and <strong>take it with you</strong> (the export above, or ask);
        </li>
        <li>
          have it <strong>corrected</strong> (write to the operator; to change your address, you can also sign in with the new one
          and delete the old account);
        </li>
        <li>
          have it <strong>erased</strong> (the delete button above, or ask);
        </li>
        <li>
          <strong>restrict</strong> its use, and <strong>object</strong> to uses based on legitimate interest (the reports and rate
          limits above);
        </li>
        <li>
          <strong>withdraw consent</strong> to reminders at any time, without affecting anything sent before;
        </li>
        <li>
          <strong>complain</strong> to a data-protection supervisory authority, in particular where you live or work (in the UK,
          the Information Commissioner&apos;s Office; in the EU, your country&apos;s data-protection authority).
        </li>
      </ul>
      <p>
        Untrain makes no automated decisions about you and builds no profile of you. Requests are answered within one month.
      </p>

      <h2>Contact</h2>
      <p>
        For anything about your data, or to report a security problem: {contactNode}.
      </p>

      <h2>Changes to this notice</h2>
      <p>
        If what Untrain stores, or why, changes, this page changes first and the date at the top moves.
      </p>
    </article>
  );
}
