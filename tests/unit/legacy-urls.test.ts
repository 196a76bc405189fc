import { describe, expect, it } from "vitest";
import { LEGACY_LIST_PARAMS, legacyRedirect } from "@/lib/http/legacy-urls";
import { config } from "@/proxy";

describe("old /guides?… links", () => {
  it("go to the server-rendered search with the same query", () => {
    expect(legacyRedirect("/guides", "?q=linkedin&effect=opt-out")).toBe("/guides/search?q=linkedin&effect=opt-out");
    expect(legacyRedirect("/guides", "?category=social")).toBe("/guides/search?category=social");
    expect(legacyRedirect("/guides", "?page=2&_rsc=abc")).toBe("/guides/search?page=2");
    expect(legacyRedirect("/guides", "?q=%C3%A9t%C3%A9")).toBe("/guides/search?q=%C3%A9t%C3%A9");
  });

  it("leave current addresses alone", () => {
    expect(legacyRedirect("/guides", "")).toBeNull();
    expect(legacyRedirect("/guides", "?_rsc=abc")).toBeNull();
    expect(legacyRedirect("/guides", "?utm_source=x")).toBeNull();
    expect(legacyRedirect("/guides/search", "?q=meta")).toBeNull();
    expect(legacyRedirect("/guides/instagram", "?q=meta")).toBeNull();
  });

  it("are the ones the proxy's matcher sends to the proxy", () => {
    const matched = config.matcher.filter((m) => m.source === "/guides").flatMap((m) => ("has" in m ? (m.has ?? []).map((h) => h.key) : []));
    expect([...matched].sort()).toEqual([...LEGACY_LIST_PARAMS].sort());
  });
});
