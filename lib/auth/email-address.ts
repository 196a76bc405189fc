/**
 * Sign-in addresses. Only plain addresses are accepted (`local@domain`, no quotes, commas, spaces,
 * comments, IP literals or a trailing dot), so the address we rate-limit, the address Auth.js stores
 * and the address the mail goes to are one and the same string. Auth.js's own normaliser keeps what
 * precedes a comma in the domain, so `victim@x.org,1` used to be a fresh rate-limit bucket that still
 * mailed victim@x.org.
 *
 * The per-address limit is then keyed on the mailbox rather than the spelling: `name+tag@` reaches
 * `name@` at nearly every provider, and Gmail ignores dots in the local part, so those count as one.
 * Written by hand: the rules are a dozen lines, and no kept library reduces an address to its mailbox.
 */

import { z } from "zod";

// RFC 5321 dot-atom local part (ASCII), hostnames of letters, digits and hyphens with at least one dot.
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The address as we mail it (trimmed, NFKC, lower case), or null when it is not a plain address. */
export function plainAddress(input: unknown): string | null {
  if (typeof input !== "string") return null;
  // NFKC first: a full-width "＠" must not pass as something other than an "@".
  const address = input.normalize("NFKC").trim().toLowerCase();
  if (address.length === 0 || address.length > 254) return null;
  const parts = address.split("@");
  if (parts.length !== 2) return null;
  const [local, domain] = parts as [string, string];
  if (local.length === 0 || local.length > 64 || !LOCAL.test(local)) return null;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels.at(-1)!)) return null;
  return address;
}

const GMAIL = new Set(["gmail.com", "googlemail.com"]);

/** The mailbox a plain address reaches, for the per-address sign-in limit (never for sending). */
export function mailboxKey(address: string): string {
  const at = address.lastIndexOf("@");
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}

/** For Auth.js's `normalizeIdentifier`: throwing makes Auth.js refuse the request and send nothing. */
export function requirePlainAddress(input: string | undefined): string {
  const address = plainAddress(input);
  if (!address) throw new Error("Not a plain email address.");
  return address;
}

/** A form field that must hold a plain address; parses to the address as we mail it. */
export function plainAddressSchema(message = "Enter an email address such as name@example.org.") {
  return z.string().transform((value, ctx) => {
    const address = plainAddress(value);
    if (address) return address;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}
