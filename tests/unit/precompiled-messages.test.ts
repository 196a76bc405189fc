/**
 * next.config.ts has next-intl precompile the catalogues at build time (`experimental.messages.precompile`):
 * pages then format with icu-minify's small formatter and never parse ICU in the browser. This formats
 * every message of every language both ways — as the build does (icu-minify's compile, then its format)
 * and as next-intl's runtime parser did before — and expects the same words: plurals at several counts,
 * every option of a select, rich-text tags. A message icu-minify reads differently fails here, not on a page.
 */
import { describe, expect, it } from "vitest";
import { catalogue, flatten } from "../support/messages";
import compile from "icu-minify/compile";
import format from "icu-minify/format";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { LOCALES } from "@/lib/i18n/locales";

type Values = Record<string, string | number | Date | ((chunks: unknown[]) => string)>;


type Shape = { strings: Set<string>; counts: Set<string>; selects: Map<string, string[]>; dates: Set<string>; tags: Set<string> };

function shapeOf(elements: MessageFormatElement[], shape: Shape = { strings: new Set(), counts: new Set(), selects: new Map(), dates: new Set(), tags: new Set() }): Shape {
  for (const el of elements) {
    if (el.type === TYPE.argument) shape.strings.add(el.value);
    else if (el.type === TYPE.number) shape.counts.add(el.value);
    else if (el.type === TYPE.date || el.type === TYPE.time) shape.dates.add(el.value);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (el.type === TYPE.plural) shape.counts.add(el.value);
      else shape.selects.set(el.value, Object.keys(el.options));
      for (const option of Object.values(el.options)) shapeOf(option.value, shape);
    } else if (el.type === TYPE.tag) {
      shape.tags.add(el.value);
      shapeOf(el.children, shape);
    }
  }
  return shape;
}

// Counts that reach every plural category of the five languages (zero, one, two, few, many, other).
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 1000, 1_000_000];

/** One set of values per count (and per select option), so every branch of the message is formatted. */
function valueSets(shape: Shape): Values[] {
  const variants = Math.max(COUNTS.length, ...[...shape.selects.values()].map((o) => o.length));
  const sets: Values[] = [];
  for (let i = 0; i < variants; i++) {
    const values: Values = {};
    for (const name of shape.strings) values[name] = `‹${name}›`;
    for (const name of shape.counts) values[name] = COUNTS[i % COUNTS.length]!;
    for (const name of shape.dates) values[name] = new Date(Date.UTC(2026, 11, 6));
    for (const [name, options] of shape.selects) values[name] = options[i % options.length]!;
    for (const tag of shape.tags) values[tag] = (chunks: unknown[]) => `<${tag}>${chunks.join("")}</${tag}>`;
    sets.push(values);
  }
  return sets;
}

const text = (result: unknown): string => (Array.isArray(result) ? result.map(text).join("") : String(result));

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

describe("precompiled messages (next.config.ts: messages.precompile)", () => {
  for (const locale of LOCALES) {
    it(`${locale}: every message formats the same precompiled as parsed at run time`, () => {
      const tree = catalogue(locale);
      const runtime = createTranslator({ locale, messages: tree, timeZone: "UTC" }) as unknown as {
        (key: string, values?: Values): string;
        rich(key: string, values?: Values): unknown;
      };
      let checked = 0;
      for (const [key, message] of flatten(tree)) {
        const shape = shapeOf(parse(message));
        const compiled = compile(message);
        for (const values of valueSets(shape)) {
          const expected = text(shape.tags.size ? runtime.rich(key, values) : runtime(key, values));
          expect(text(format(compiled, locale, values, { formatters, timeZone: "UTC" })), `${locale}: ${key} with ${JSON.stringify(values)}`).toBe(expected);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(flatten(tree).size);
    });
  }
});
