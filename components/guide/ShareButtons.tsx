"use client";
import { useTranslations } from "next-intl";
/** Copy a step's link, or share a whole guide (Web Share API where the browser has it, else copy). */
import { useState } from "react";

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function useAnnouncement() {
  const [message, setMessage] = useState("");
  function announce(text: string) {
    setMessage(text);
    window.setTimeout(() => setMessage(""), 4000);
  }
  return [message, announce] as const;
}

export function CopyStepLink({ url, stepTitle }: { url: string; stepTitle: string }) {
  const t = useTranslations("client.share");
  const [message, announce] = useAnnouncement();
  return (
    <div className="no-print flex shrink-0 items-center gap-2">
      <button
        type="button"
        onClick={async () => announce((await copy(url)) ? t("copied") : t("copyFailed", { url }))}
        className="rounded-md border border-zinc-300 px-2 py-1 text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
        aria-label={t("copyStep", { title: stepTitle })}
        data-url={url}
      >
        {t("copy")}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-zinc-700 dark:text-zinc-300">
        {message}
      </span>
    </div>
  );
}

export function ShareGuide({ url, title, text }: { url: string; title: string; text: string }) {
  const t = useTranslations("client.share");
  const [message, announce] = useAnnouncement();
  async function share() {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, text, url });
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to say.
        if ((error as DOMException).name === "AbortError") return;
      }
    }
    announce((await copy(url)) ? t("copied") : t("copyFailed", { url }));
  }
  return (
    <div className="no-print flex items-center gap-2">
      <button type="button" onClick={share} className="rounded-lg border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
        {t("shareGuide")}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">
        {message}
      </span>
    </div>
  );
}
