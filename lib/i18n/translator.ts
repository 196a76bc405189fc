import "server-only";
/**
 * Words outside a page (mails, feeds, link-preview images): a translator for one language from the
 * same catalogues, without a request. Every catalogue is small, so all are bundled with the server.
 */
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import type { Locale } from "./locales";
import type { Messages } from "./messages";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import fr from "@/messages/fr.json";
import es from "@/messages/es.json";
import it from "@/messages/it.json";

const CATALOGUES: Record<Locale, Messages> = { en, de, fr, es, it };

export function translator<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace, timeZone: "UTC" });
}
