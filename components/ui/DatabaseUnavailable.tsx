import { NoticePage } from "@/components/ui/NoticePage";

/** Shown by pages that need the database while it is down: honest, and never "you are signed out". */
export function DatabaseUnavailable({ what }: { what: string }) {
  return (
    <NoticePage title="Temporarily unavailable" link={{ href: "/guides", label: "Read the guides meanwhile" }}>
      <p>
        We cannot reach our database just now, so we cannot show {what}. You are still signed in and nothing is lost: ticks you make on a
        guide page are kept on this device and saved as soon as we are back.
      </p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Try again in a minute.</p>
    </NoticePage>
  );
}
