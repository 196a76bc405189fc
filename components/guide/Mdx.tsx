import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import type { MDXComponents } from "mdx/types";
import { Limits } from "./Limits";
import { Region } from "./Region";

const guideComponents: MDXComponents = {
  Limits,
  Region,
  a: ({ href = "", children, ...rest }) =>
    href.startsWith("http") ? (
      <a href={href} rel="noopener noreferrer" target="_blank" {...rest}>
        {children}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    ) : (
      <a href={href} {...rest}>
        {children}
      </a>
    ),
};

/** Renders a piece of guide MDX on the server (at build time for prerendered pages). */
export async function Mdx({ source }: { source: string }) {
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] });
  return <Content components={guideComponents} />;
}
