/** "A, B and C" in each language (lib/i18n/lists.ts): the words between items come from the language, the items stay as they are. */
import { describe, expect, it } from "vitest";
import { formatList, listParts } from "@/lib/i18n/lists";

describe("lists in the reader's language", () => {
  it("joins with the language's 'and' and 'or', English without a serial comma", () => {
    expect(formatList(["sessions", "tokens", "counters"], "en")).toBe("sessions, tokens and counters");
    expect(formatList([3, 6, 12], "en", "or")).toBe("3, 6 or 12");
    expect(formatList([3, 6, 12], "de", "or")).toBe("3, 6 oder 12");
    expect(formatList(["a", "b"], "fr")).toBe("a et b");
    expect(formatList(["a", "b", "c"], "es")).toBe("a, b y c");
    expect(formatList(["GitHub", "Google"], "it", "or")).toBe("GitHub o Google");
    expect(formatList(["only"], "de")).toBe("only");
    expect(formatList([], "en")).toBe("");
  });

  it("keeps the items themselves (links, sources) and puts the words between them", () => {
    const a = { id: "a" };
    const b = { id: "b" };
    const c = { id: "c" };
    expect(listParts([a, b, c], "en")).toEqual([a, ", ", b, " and ", c]);
    expect(listParts([a, b], "de")).toEqual([a, " und ", b]);
    expect(listParts([a], "fr")).toEqual([a]);
    expect(listParts([], "it")).toEqual([]);
  });
});
