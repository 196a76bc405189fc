/**
 * Shared shape of our JSON route handlers: resolve the session, parse the body, map domain errors to
 * status codes with a message a person can read. Every handler is a public endpoint.
 */
import "server-only";
import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { ProgressError } from "@/lib/progress";
import { UserFacingError } from "@/lib/errors";

export async function requireUserId(): Promise<string> {
  const session = await auth();
  if (!session?.user?.id) throw new ProgressError(401, "Sign in to save your progress.");
  return session.user.id;
}

/** Reads a JSON body; only application/json, so a cross-site HTML form can never post here. */
export async function readJson(request: Request, maxBytes = 256 * 1024): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new UserFacingError(415, "Send the request as application/json.");
  }
  const text = await request.text();
  if (text.length > maxBytes) throw new UserFacingError(413, "The request is too large.");
  try {
    return JSON.parse(text);
  } catch {
    throw new UserFacingError(400, "The request body is not valid JSON.");
  }
}

export async function jsonHandler(run: () => Promise<unknown>): Promise<NextResponse> {
  try {
    return NextResponse.json(await run(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof UserFacingError) {
      return NextResponse.json({ error: error.message }, { status: error.status, headers: { "Cache-Control": "no-store" } });
    }
    console.error(error);
    return NextResponse.json({ error: "Something went wrong on our side. Your change was not saved; it will be retried." }, { status: 500 });
  }
}
