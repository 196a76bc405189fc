/**
 * The sign-in mail's link opens a confirmation page; only a POST from that page signs in. Mail
 * security scanners (Safe Links, Mimecast, Proofpoint, webmail link checkers) fetch every link in a
 * mail before the reader sees it: when the mailed link was Auth.js's GET callback, the scanner spent
 * the one-time token and was handed the session. Scanners fetch, they do not submit forms.
 *
 * Auth.js still verifies the token: the POST is turned into the GET it expects (app/api/auth/[...nextauth]).
 */
import { z } from "zod";
import { plainAddressSchema } from "@/lib/auth/email-address";

/** Where the mailed link points: a page with one focused "Sign in as …" button. */
export const CONFIRM_PATH = "/signin/confirm";
/** Auth.js's callback for the email provider: GET only redirects to CONFIRM_PATH; the page POSTs here. */
export const EMAIL_CALLBACK_PATH = "/api/auth/callback/nodemailer";

const confirmSchema = z.object({
  // Auth.js's token: randomString(32), 64 hex digits.
  token: z.string().regex(/^[0-9a-f]{64}$/),
  email: plainAddressSchema(),
  callbackUrl: z.string().max(2000).optional(),
});

export type SignInConfirmation = z.infer<typeof confirmSchema>;

type Source = { get(name: string): unknown };

/** The link's (or the form's) token, address and callback, or null when any is missing or malformed. */
export function readConfirmation(source: Source): SignInConfirmation | null {
  const pick = (name: string) => {
    const value = source.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const parsed = confirmSchema.safeParse({ token: pick("token"), email: pick("email"), callbackUrl: pick("callbackUrl") });
  return parsed.success ? parsed.data : null;
}

/** The query Auth.js's GET callback reads. */
export function callbackQuery(confirmation: SignInConfirmation): URLSearchParams {
  const query = new URLSearchParams({ token: confirmation.token, email: confirmation.email });
  if (confirmation.callbackUrl) query.set("callbackUrl", confirmation.callbackUrl);
  return query;
}
