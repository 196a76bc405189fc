/**
 * Reads the catalogue and derives what the first requests need, before the server answers any
 * (instrumentation.ts awaits it): the first search, tick, /checklist or /api/me after a start then
 * waits for nothing (issue 20).
 */
import { allGuides, planGuides, stepManifest } from "./guides";
import { guideCards, searchGuides } from "./search";

export function preloadCatalogue(): { guides: number; ms: number } {
  const started = performance.now();
  const guides = allGuides();
  stepManifest();
  planGuides();
  // The search's cards and index are made on first use; one query makes both.
  searchGuides(guideCards(guides), { q: "warm" });
  return { guides: guides.length, ms: performance.now() - started };
}
