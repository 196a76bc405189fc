import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ContentError, parseGuide } from "@/lib/content/parse";
import { loadGuides } from "@/lib/content/guides";

const TODAY = "2026-11-26";

function guideSource(over: { front?: string; body?: string; drop?: string } = {}) {
  let front = `title: Keep your Testbook posts out of AI training
platform: Testbook
company: Test Corp
category: social
summary: Object to Testbook using your public posts for AI, and turn off the training switch.
difficulty: easy
minutes: 5
lastReviewed: 2026-11-20
regions: [all]
sources:
  - id: tb-privacy
    title: Testbook privacy centre
    url: https://help.testbook.invalid/privacy
    kind: official
  - id: pcmag-tb
    title: How to stop Testbook training AI on your posts (PCMag)
    url: https://www.pcmag.com/how-to/testbook-ai
    kind: press
    publisher: PCMag
  - id: reddit-tb
    title: Where did the Testbook AI toggle go?
    url: https://www.reddit.com/r/testbook/comments/abc
    kind: community
    publisher: Reddit user post
related: []
changes:
  - date: 2026-11-20
    summary: First published.`;
  if (over.drop) front = front.split("\n").filter((l) => !l.startsWith(`${over.drop}:`)).join("\n");
  if (over.front) front += `\n${over.front}`;
  const body =
    over.body ??
    `Testbook trains models on public posts.

<Limits>

- Not retroactive.

</Limits>

<Step id="turn-off-training" title="Turn off AI training" effect="stops-training" href="https://testbook.invalid/settings/ai" region="EU,UK" sources="tb-privacy,pcmag-tb">

Open **Settings** → **Privacy** and switch off **Use my data for AI**.

</Step>

<Step id="delete-history" title="Delete your AI history" effect="deletes-data" plans="Personal accounts only" sources="pcmag-tb, reddit-tb">

Tap **Delete all**. We could not confirm this on Testbook's own pages.

</Step>
`;
  return `---\n${front}\n---\n\n${body}`;
}

function parse(source: string, file = "content/guides/testbook.mdx") {
  return parseGuide(file, source, { today: TODAY });
}

function expectContentError(fn: () => unknown, field: RegExp) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/^content\/guides\/[A-Za-z_-]+\.mdx: /);
    expect((error as ContentError).field).toMatch(field);
    return;
  }
  throw new Error("expected a ContentError");
}

describe("parseGuide on a good file", () => {
  const guide = parse(guideSource());

  it("reads the frontmatter and the slug from the file name", () => {
    expect(guide.slug).toBe("testbook");
    expect(guide.frontmatter.platform).toBe("Testbook");
    expect(guide.frontmatter.regions).toEqual(["all"]);
  });

  it("extracts every step with its attributes in order", () => {
    expect(guide.steps.map((s) => s.id)).toEqual(["turn-off-training", "delete-history"]);
    const [first, second] = guide.steps;
    expect(first).toMatchObject({ number: 1, title: "Turn off AI training", effect: "stops-training", href: "https://testbook.invalid/settings/ai", region: ["EU", "UK"] });
    expect(first).toMatchObject({ sources: ["tb-privacy", "pcmag-tb"], unconfirmed: false });
    expect(first?.cited.map((s) => s.kind)).toEqual(["official", "press"]);
    expect(second).toMatchObject({ number: 2, effect: "deletes-data", plans: "Personal accounts only", sources: ["pcmag-tb", "reddit-tb"], unconfirmed: true });
    expect(first?.body).toContain("**Use my data for AI**");
  });

  it("keeps the intro and <Limits> before the steps", () => {
    expect(guide.intro).toContain("Testbook trains models");
    expect(guide.intro).toContain("<Limits>");
    expect(guide.intro).not.toContain("<Step");
  });

  it("hashes steps stably and changes the hash only when the instruction changes", () => {
    const again = parse(guideSource());
    expect(again.steps[0]?.hash).toBe(guide.steps[0]?.hash);
    expect(guide.steps[0]?.hash).toMatch(/^[0-9a-f]{16}$/);
    const reflowed = parse(guideSource().replace("Open **Settings** → **Privacy** and", "Open **Settings** → **Privacy**\nand"));
    expect(reflowed.steps[0]?.hash).toBe(guide.steps[0]?.hash);
    const changed = parse(guideSource().replace("**Use my data for AI**", "**Improve AI for everyone**"));
    expect(changed.steps[0]?.hash).not.toBe(guide.steps[0]?.hash);
    expect(changed.steps[1]?.hash).toBe(guide.steps[1]?.hash);
  });
});

describe("parseGuide rejects bad files, naming the file and the field", () => {
  it.each([
    ["a missing field", { drop: "company" }, /^company$/],
    ["a missing title", { drop: "title" }, /^title$/],
    ["an unknown category", { front: "", body: undefined, replace: ["category: social", "category: gossip"] }, /^category$/],
    ["a wrong difficulty", { replace: ["difficulty: easy", "difficulty: trivial"] }, /^difficulty$/],
    ["minutes that are not a number", { replace: ["minutes: 5", "minutes: five"] }, /^minutes$/],
    ["lastReviewed in the future", { replace: ["lastReviewed: 2026-11-20", "lastReviewed: 2027-01-01"] }, /^lastReviewed$/],
    ["a malformed date", { replace: ["lastReviewed: 2026-11-20", "lastReviewed: last week"] }, /^lastReviewed$/],
    ["an http source", { replace: ["https://help.testbook.invalid/privacy", "http://help.testbook.invalid/privacy"] }, /^sources\.0\.url$/],
    ["an unknown frontmatter field", { front: "author: someone" }, /author|^$/],
    ["a duplicate step id", { replace: ['id="delete-history"', 'id="turn-off-training"'] }, /turn-off-training.*id/],
    ["a step without effect", { replace: [' effect="deletes-data"', ""] }, /effect/],
    ["an unknown effect", { replace: ['effect="deletes-data"', 'effect="magic"'] }, /effect/],
    ["a step id not in kebab-case", { replace: ['id="delete-history"', 'id="Delete_History"'] }, /id$/],
    ["an http step link", { replace: ["https://testbook.invalid/settings/ai", "http://testbook.invalid/settings/ai"] }, /href$/],
    ["an unknown region", { replace: ['region="EU,UK"', 'region="EU,Mars"'] }, /region(\.\d+)?$/],
    ["a step without sources", { replace: [' sources="tb-privacy,pcmag-tb"', ""] }, /turn-off-training.*sources$/],
    ["an empty sources list", { replace: ['sources="tb-privacy,pcmag-tb"', 'sources=""'] }, /sources/],
    ["an unknown source id", { replace: ['sources="tb-privacy,pcmag-tb"', 'sources="tb-privacy,verge-tb"'] }, /turn-off-training.*sources$/],
    ["a step naming a source twice", { replace: ['sources="tb-privacy,pcmag-tb"', 'sources="tb-privacy,tb-privacy"'] }, /sources/],
    ["the old unconfirmed attribute", { replace: ['plans="Personal accounts only"', 'plans="Personal accounts only" unconfirmed'] }, /delete-history.*unconfirmed$/],
    ["the old source attribute", { replace: ['plans="Personal accounts only"', 'plans="Personal accounts only" source="https://help.testbook.invalid/x"'] }, /delete-history.*source$/],
    ["a source without id", { replace: ["  - id: tb-privacy\n    title", "  - title"] }, /^sources\.0\.id$/],
    ["a source id not in kebab-case", { replace: ["id: tb-privacy", "id: TB Privacy"] }, /^sources\.0\.id$/],
    ["a duplicate source id", { replace: ["id: reddit-tb", "id: pcmag-tb"] }, /^sources\.2\.id$/],
    ["a source without kind", { replace: ["    kind: official\n", ""] }, /^sources\.0\.kind$/],
    ["an unknown source kind", { replace: ["kind: official", "kind: blog"] }, /^sources\.0\.kind$/],
    ["a press source without publisher", { replace: ["    publisher: PCMag\n", ""] }, /^sources\.1\.publisher$/],
    ["a community source without publisher", { replace: ["    publisher: Reddit user post\n", ""] }, /^sources\.2\.publisher$/],
    ["a deny-listed source host", { replace: ["https://www.pcmag.com/how-to/testbook-ai", "https://grokipedia.com/page/Testbook"] }, /^sources\.1\.url$/],
    ["a source on a deny-listed subdomain", { replace: ["https://www.pcmag.com/how-to/testbook-ai", "https://www.grokipedia.com/page/Testbook"] }, /^sources\.1\.url$/],
    ["a source on a *.pages.dev mirror", { replace: ["https://www.pcmag.com/how-to/testbook-ai", "https://pcmag-mirror.pages.dev/how-to/testbook-ai"] }, /^sources\.1\.url$/],
    ["placeholder text", { replace: ["Tap **Delete all**.", "TODO write this"] }, /^text$/],
    ["an unknown component", { replace: ["Tap **Delete all**.", "<Video src=\"x\" />"] }, /^line \d+$/],
    ["a JSX expression", { replace: ["Tap **Delete all**.", "Tap {1 + 1} times."] }, /^line \d+$/],
  ] as [string, { drop?: string; front?: string; replace?: [string, string] }, RegExp][])("%s", (_name, change, field) => {
    let source = guideSource({ drop: change.drop, front: change.front });
    if (change.replace) {
      expect(source).toContain(change.replace[0]);
      source = source.replace(change.replace[0], change.replace[1]);
    }
    expectContentError(() => parse(source), field);
  });

  it("a file name that is not kebab-case", () => {
    expectContentError(() => parse(guideSource(), "content/guides/Test_Book.mdx"), /file name/);
  });

  it("a guide without <Limits>", () => {
    expectContentError(() => parse(guideSource().replace(/<Limits>[\s\S]*?<\/Limits>/, "")), /Limits/);
  });

  it("a guide without steps", () => {
    expectContentError(() => parse(guideSource({ body: "Text.\n\n<Limits>\n\n- None.\n\n</Limits>\n" })), /steps/);
  });

  it("text between steps", () => {
    expectContentError(() => parse(guideSource().replace("</Step>\n\n<Step", "</Step>\n\nStray paragraph.\n\n<Step")), /^line \d+$/);
  });

  it("says why a source is missing its publisher and why a host is denied", () => {
    expect(() => parse(guideSource().replace("    publisher: PCMag\n", ""))).toThrow(/publisher: is required for press sources/);
    expect(() => parse(guideSource().replace("https://www.pcmag.com/how-to/testbook-ai", "https://grokipedia.com/x"))).toThrow(
      /grokipedia\.com is on the deny-list and is never a source \(AI-generated/,
    );
    expect(() => parse(guideSource().replace('sources="tb-privacy,pcmag-tb"', 'sources="tb-privacy,verge-tb"'))).toThrow(
      /Step "turn-off-training"\.sources: "verge-tb" is not one of this guide's sources/,
    );
  });

  it("no frontmatter at all", () => {
    expectContentError(() => parse("# Just markdown"), /frontmatter/);
  });
});

describe("derived confirmation", () => {
  const withSources = (first: string, second: string) =>
    parse(guideSource().replace('sources="tb-privacy,pcmag-tb"', `sources="${first}"`).replace('sources="pcmag-tb, reddit-tb"', `sources="${second}"`));

  it("marks a step unconfirmed exactly when none of its sources is official", () => {
    expect(withSources("tb-privacy", "pcmag-tb").steps.map((s) => s.unconfirmed)).toEqual([false, true]);
    expect(withSources("reddit-tb,tb-privacy", "reddit-tb").steps.map((s) => s.unconfirmed)).toEqual([false, true]);
  });

  it("follows the source's kind, not anything written in the step", () => {
    const promoted = parse(guideSource().replace("    kind: press\n    publisher: PCMag", "    kind: official"));
    expect(promoted.steps[1]?.unconfirmed).toBe(false);
  });

  it("does not change a step's hash when only its sources change", () => {
    const a = withSources("tb-privacy", "pcmag-tb");
    const b = withSources("tb-privacy,reddit-tb", "reddit-tb");
    expect(b.steps.map((s) => s.hash)).toEqual(a.steps.map((s) => s.hash));
  });
});

describe("quotes: the platform's own words behind a step", () => {
  const quote = (over: Record<string, string> = {}) => {
    const q = { step: "turn-off-training", source: "tb-privacy", read: "2026-11-20", text: "Switch off Use my data for AI in Settings, Privacy.", ...over };
    return `quotes:\n  - ${Object.entries(q)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join("\n    ")}`;
  };

  it("attaches a quote to its step and confirms it", () => {
    const guide = parse(guideSource({ front: quote() }));
    const [first, second] = guide.steps;
    expect(first?.quotes).toHaveLength(1);
    expect(first?.quotes[0]).toMatchObject({ text: "Switch off Use my data for AI in Settings, Privacy.", read: "2026-11-20", source: { id: "tb-privacy", kind: "official" } });
    expect(second?.quotes).toEqual([]);
  });

  it("keeps a guide without quotes valid: its official steps are simply not counted as confirmed", () => {
    expect(parse(guideSource()).frontmatter.quotes).toEqual([]);
  });

  it("rejects a quote longer than 40 words", () => {
    const long = Array.from({ length: 41 }, (_, i) => `word${i}`).join(" ");
    expectContentError(() => parse(guideSource({ front: quote({ text: long }) })), /^quotes\.0\.text$/);
  });

  it("rejects a quote whose source is not official", () => {
    expectContentError(() => parse(guideSource({ front: quote({ source: "pcmag-tb" }) })), /^quotes\.0\.source$/);
  });

  it("rejects a quote of a source the step does not cite", () => {
    expectContentError(() => parse(guideSource({ front: quote({ step: "delete-history" }) })), /^quotes\.0\.source$/);
  });

  it("rejects a quote for a step that does not exist, an unknown source, a cut and a future reading date", () => {
    expectContentError(() => parse(guideSource({ front: quote({ step: "no-such-step" }) })), /^quotes\.0\.step$/);
    expectContentError(() => parse(guideSource({ front: quote({ source: "nowhere" }) })), /^quotes\.0\.source$/);
    expectContentError(() => parse(guideSource({ front: quote({ text: "Switch off [...] in Settings, Privacy." }) })), /^quotes\.0\.text$/);
    expectContentError(() => parse(guideSource({ front: quote({ read: "2026-12-24" }) })), /^quotes\.0\.read$/);
  });
});

describe("request steps", () => {
  const withAttrs = (attrs: string) => guideSource().replace('<Step id="turn-off-training" title="Turn off AI training" effect="stops-training"', `<Step id="turn-off-training" title="Turn off AI training" effect="objects" ${attrs}`);

  it("reads which right a request uses, how it is sent and where", () => {
    const step = parse(withAttrs('right="object" channel="email" contact="mailto:privacy@testbook.invalid"')).steps[0]!;
    expect(step).toMatchObject({ right: "object", channel: "email", contact: "mailto:privacy@testbook.invalid" });
  });

  it("refuses a right without a channel, a channel without a right, a bad contact and an unknown right", () => {
    expectContentError(() => parse(withAttrs('right="object"')), /\.channel$/);
    expectContentError(() => parse(withAttrs('channel="form"')), /\.right$/);
    expectContentError(() => parse(withAttrs('right="object" channel="email" contact="https://testbook.invalid/form"')), /\.contact$/);
    expectContentError(() => parse(withAttrs('right="object" channel="email" contact="javascript:alert(1)"')), /contact/);
    expectContentError(() => parse(withAttrs('right="complain" channel="form"')), /right/);
  });
});

describe("loadGuides (cross-file rules)", () => {
  it("rejects a related slug that is not a guide", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "untrain-guides-"));
    writeFileSync(path.join(dir, "testbook.mdx"), guideSource().replace("related: []", "related: [nowhere]"));
    expect(() => loadGuides(dir, { today: TODAY })).toThrow(/testbook\.mdx: related: "nowhere" is not a guide/);
  });

  it("accepts related slugs that exist", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "untrain-guides-"));
    writeFileSync(path.join(dir, "testbook.mdx"), guideSource().replace("related: []", "related: [otherbook]"));
    writeFileSync(path.join(dir, "otherbook.mdx"), guideSource().replaceAll("Testbook", "Otherbook"));
    expect(loadGuides(dir, { today: TODAY }).map((g) => g.slug)).toEqual(["otherbook", "testbook"]);
  });
});
