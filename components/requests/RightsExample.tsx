import { dueDate } from "@/lib/requests/deadlines";
import { formatDate } from "@/lib/format";

/** A worked example computed by the same code as the checklist's due dates, so the page cannot drift from it. */
export function RightsExample() {
  const sentOn = "2026-01-31";
  const gdpr = dueDate({ law: "gdpr", right: "object", sentOn, extended: false })!;
  const extended = dueDate({ law: "gdpr", right: "object", sentOn, extended: true })!;
  const ca = dueDate({ law: "us-ca", right: "erase", sentOn, extended: false })!;
  return (
    <p>
      An objection sent on {formatDate(sentOn)} in the EU is due by {formatDate(gdpr)}: one month runs to 28 February, the last day of the shorter month, and that is a Saturday, so the deadline moves to the Monday.
      With the extension it is due by {formatDate(extended)}. A deletion request sent the same day in California is due by {formatDate(ca)} (45 calendar days).
    </p>
  );
}
