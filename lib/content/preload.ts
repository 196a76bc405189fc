/**
 * Reads the catalogue and derives what the first requests need, before the server answers any
 * (instrumentation.ts awaits it): the first search, tick, /checklist or /api/me after a start then
 * waits for nothing (issue 20). The translations are read here too, in every language, so the first
 * German reader does not wait for them either.
 */
import { allGuides, planGuides, stepManifest } from "./guides";
import { guideCards, searchGuides } from "./search";
import { localizedGuides, localizedOutlines, localizedPlanGuides, localizedStart } from "./translations";
import { LOCALES } from "@/lib/i18n/locales";

export function preloadCatalogue(): { guides: number; ms: number } {
  const started = performance.now();
  const guides = allGuides();
  stepManifest();
  planGuides();
  for (const locale of LOCALES) {
    // The search's cards and index are made on first use; one query makes both.
    searchGuides(guideCards(localizedGuides(locale)), { q: "warm" });
    localizedOutlines(locale);
    localizedPlanGuides(locale);
    localizedStart(locale);
  }
  return { guides: guides.length, ms: performance.now() - started };
}
