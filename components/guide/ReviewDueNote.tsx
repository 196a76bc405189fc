import { useTranslations } from "next-intl";
import { reviewDueNote } from "@/lib/content/review";

/**
 * The honest note of a guide past lastReviewed + reviewEvery. Rendered on the server when the page is
 * generated or revalidated (the guide page revalidates daily), never frozen at build time. "Tell us"
 * goes to the steps, each of which has its "This step is out of date" form.
 */
export function ReviewDueNote({ lastReviewed, reviewEvery, now }: { lastReviewed: string; reviewEvery: number; now: Date }) {
  const t = useTranslations("guideNotes");
  const age = reviewDueNote(lastReviewed, reviewEvery, now);
  if (!age) return null;
  return (
    <p role="note" data-testid="review-due" className="mt-4 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <strong className="font-semibold">{t("reviewChecked", age)}:</strong> {t("reviewWarning")}{" "}
      <a href="#steps-heading" className="font-medium underline">
        {t("reviewAsk")}
      </a>
    </p>
  );
}
