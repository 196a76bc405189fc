import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { signInMail } from "@/lib/mail/templates";
import { callbackOnSite, signInLink } from "@/lib/auth/sign-in-link";
import { SESSION_MAX_AGE_DAYS, SIGN_IN_LINK_MAX_AGE_HOURS, secureCookiesFor } from "@/lib/auth/session";
import { requirePlainAddress } from "@/lib/auth/email-address";
import { signInMailLocale } from "@/lib/auth/mail-locale";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; image?: string | null };
  }
}

/** Built per request so that `next build` never needs secrets or a database. */
function authConfig(): NextAuthConfig {
  const env = serverEnv();
  const providers: NextAuthConfig["providers"] = [
    Nodemailer({
      // The server string is only used by Auth.js's default sender, which we replace.
      server: env.EMAIL_SERVER ?? "smtp://localhost:25",
      from: env.EMAIL_FROM,
      maxAge: SIGN_IN_LINK_MAX_AGE_HOURS * 60 * 60,
      // Refuse anything but a plain address, so the mail goes to exactly what the rate limit counted.
      normalizeIdentifier: requirePlainAddress,
      async sendVerificationRequest({ identifier, url }) {
        const locale = await signInMailLocale(identifier);
        const link = signInLink(url, env.SITE_URL, locale);
        await sendMail({ to: identifier, url: link, ...signInMail(link, locale) });
      },
    }),
  ];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  return {
    adapter: PrismaAdapter(db()),
    providers,
    secret: env.AUTH_SECRET,
    trustHost: true,
    // Secure, __Secure- prefixed cookies follow SITE_URL, never the request's scheme (lib/auth/session.ts).
    useSecureCookies: secureCookiesFor(env.SITE_URL),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_DAYS * 24 * 60 * 60 },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    callbacks: {
      // Only what a page shows: never the session token or the rest of the user row.
      session({ session, user }) {
        return { user: { id: user.id, email: user.email, name: user.name ?? null }, expires: session.expires } as typeof session;
      },
      // After sign-in and sign-out: a path on our own site, whatever callbackUrl said.
      redirect({ url }) {
        return callbackOnSite(url, env.SITE_URL);
      },
    },
  } satisfies NextAuthConfig;
}

const nextAuth = NextAuth(() => authConfig());
export const { handlers, signIn, signOut } = nextAuth;

export function enabledOAuthProviders(): { id: "github" | "google"; name: string }[] {
  const env = serverEnv();
  const list: { id: "github" | "google"; name: string }[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) list.push({ id: "google", name: "Google" });
  return list;
}
