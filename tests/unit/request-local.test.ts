import { describe, expect, it } from "vitest";
import { parseLocalRequests, withLocalRequest, withoutLocalRequest } from "@/lib/requests/local";

describe("requests kept on the device", () => {
  it("reads what it wrote and drops anything malformed", () => {
    const good = { guide: "instagram", stepId: "object-to-ai-use", sentOn: "2026-12-05", channel: "form" };
    const raw = JSON.stringify([good, { ...good, channel: "pigeon" }, { ...good, sentOn: "yesterday" }, { ...good, guide: "../x" }, null, 3]);
    expect(parseLocalRequests(raw)).toEqual([good]);
    expect(parseLocalRequests("{not json")).toEqual([]);
    expect(parseLocalRequests(JSON.stringify({ a: 1 }))).toEqual([]);
    expect(parseLocalRequests(null)).toEqual([]);
  });

  it("keeps one request per step", () => {
    const a = { guide: "instagram", stepId: "object-to-ai-use", sentOn: "2026-12-01", channel: "form" as const };
    const b = { ...a, sentOn: "2026-12-05" };
    expect(withLocalRequest(withLocalRequest([], a), b)).toEqual([b]);
    expect(withoutLocalRequest([a], "instagram", "object-to-ai-use")).toEqual([]);
  });
});
