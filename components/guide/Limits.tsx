import { useTranslations } from "next-intl";

export function Limits({ children }: { children?: React.ReactNode }) {
  const t = useTranslations("guideNotes");
  return (
    <aside aria-labelledby="limits-heading" className="my-6 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      <h2 id="limits-heading" className="!mt-0 text-base font-semibold">
        {t("limitsTitle")}
      </h2>
      <div className="mt-2 text-sm [&_li]:my-1 [&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-5">{children}</div>
    </aside>
  );
}
