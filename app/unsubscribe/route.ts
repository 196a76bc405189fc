import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { unsubscribe } from "@/lib/reminders";

/**
 * One-click unsubscribe from reminder mails, no sign-in: GET from the link in the mail, POST from
 * mail clients that support List-Unsubscribe-Post (RFC 8058). The signed token is the authorization.
 */
async function handle(request: Request, redirect: boolean) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const ok = token.length > 0 && token.length < 200 && (await unsubscribe(db(), serverEnv().AUTH_SECRET, token));
  if (!redirect) return NextResponse.json(ok ? { unsubscribed: true } : { error: "This unsubscribe link is not valid." }, { status: ok ? 200 : 400 });
  return NextResponse.redirect(new URL(ok ? "/unsubscribe/done" : "/unsubscribe/done?invalid=1", serverEnv().SITE_URL), 303);
}

export const GET = (request: Request) => handle(request, true);
export const POST = (request: Request) => handle(request, false);
