// next-intl's typed keys: a key that is not in messages/en.json fails `tsc` (and so `npm test`).
import type { Locale } from "./locales";
import type { Messages } from "./messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
