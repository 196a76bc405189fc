import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import type { MDXComponents } from "mdx/types";
import { useTranslations } from "next-intl";
import { Limits } from "./Limits";
import { Region } from "./Region";
import { ExternalLink } from "@/components/ui/ExternalLink";

/** A link in guide text: outside links open in a new tab and say so in the page's language. */
function GuideLink({ href = "", children, ...rest }: React.ComponentProps<"a">) {
  const t = useTranslations("guideNotes");
  return href.startsWith("http") ? (
    <ExternalLink href={href} newTab={t("newTab")} className={rest.className} title={rest.title}>
      {children}
    </ExternalLink>
  ) : (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

const guideComponents: MDXComponents = { Limits, Region, a: GuideLink };

/** Renders a piece of guide MDX on the server (at build time for prerendered pages). */
export async function Mdx({ source }: { source: string }) {
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] });
  return <Content components={guideComponents} />;
}
