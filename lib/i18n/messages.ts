/**
 * The message catalogues, one JSON file per language under messages/ (English is the source; the
 * others have exactly its keys, tests/unit/messages.test.ts).
 */
import type en from "@/messages/en.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

const LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("@/messages/en.json"),
  de: () => import("@/messages/de.json"),
  fr: () => import("@/messages/fr.json"),
  es: () => import("@/messages/es.json"),
  it: () => import("@/messages/it.json"),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await LOADERS[locale]()).default;
}

/**
 * The namespaces client components read. Only these are sent to the browser (in the page's RSC
 * payload), so a page does not carry every mail and metadata string of the site.
 */
export const CLIENT_NAMESPACES = ["client"] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
