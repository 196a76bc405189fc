/** The message catalogues as the unit tests read them: messages/<locale>.json, and its keys flattened ("a.b.c"). */
import { readFileSync } from "node:fs";
import path from "node:path";

export type Tree = { [key: string]: string | Tree };

export function catalogue(locale: string): Tree {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8")) as Tree;
}

export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
