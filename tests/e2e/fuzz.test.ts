/**
 * Property-based bad input against the production server (fast-check): for every mutation — the
 * JSON APIs, the form posts, the server actions and Auth.js's sign-in endpoint — well over a thousand
 * invalid payloads (wrong types, huge strings, NUL and control characters, lone surrogates,
 * prototype keys, deep nesting, 1e309, dates outside what PostgreSQL or JavaScript can hold, bad
 * content types, empty and 300 kB bodies, broken server-action envelopes), sent a few at a time by a
 * signed-in fuzz user.
 *
 * Properties: no answer is a 5xx (or no answer at all); each is the endpoint's 4xx, its error state
 * (actions, form posts) or its neutral redirect (sign-in, sign-out); and the database is unchanged:
 * the fuzz user's User, StepCompletion and Session rows and the report count of the fuzz guide.
 * Generators produce only invalid input (by construction, and a guard drops anything that might be
 * valid), so any change is a bug.
 *
 * The seed is fixed so a rerun sends the same payloads; FUZZ_SEED=<n> explores others.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import pg from "pg";
import { stepManifest } from "@/lib/content/guides";
import { unsubscribeToken } from "@/lib/jobs/reminders";
import {
  actionId,
  actionOutcome,
  builtActions,
  encodeActionArgs,
  HttpClient,
  multipart,
  SESSION_COOKIE,
  signInByMail,
  uniqueEmail,
  type ActionArg,
  type FormArg,
  type HttpResponse,
} from "../support/http";

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const CONCURRENCY = 4;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EARLIEST_TICK = Date.UTC(2024, 0, 1);

const sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
afterAll(() => sql.end());

const manifest = stepManifest();
/** The fuzz guide: the first with three steps or more. The fuzz user ticks two of them. */
const GUIDE = [...manifest.keys()].sort().find((g) => manifest.get(g)!.length >= 3)!;
const STEPS = manifest.get(GUIDE)!.map((s) => s.id);
const TICKED = STEPS.slice(0, 2);
const OTHER_GUIDES = [...manifest.keys()].filter((g) => g !== GUIDE).slice(0, 3);

// ---------------------------------------------------------------------------------------------
// Weird values

const CONTROL = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u000e", "\u001b", "\u001f", "\u007f"];
const INVALID_DATES = [
  "0000-01-01T00:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "+275760-09-13T00:00:00.001Z",
  "-271821-04-20T00:00:00Z",
  "2023-12-31T23:59:59Z",
  "1970-01-01T00:00:00Z",
  "2024-02-30T00:00:00Z",
  "2023-02-29T00:00:00Z",
  "2024-13-01T00:00:00Z",
  "2024-01-01T24:00:00Z",
  "2024-01-01T23:59:60Z",
  "2024-01-01T00:00:00+99:00",
  "2024-06-01T00:00:00",
  "2024-06-01",
  "2024-06-01t00:00:00z",
  " 2024-06-01T00:00:00Z",
  "9999-99-99T99:99:99Z",
  "1e309",
  "",
];
const WEIRD_STRINGS = [
  "",
  " ",
  "\t",
  "\n",
  "\r\n",
  "\u0000",
  "a\u0000b",
  "\u202e",
  "\ud800",
  "\udfff",
  "\ufeff",
  "\u2028",
  "\u200b",
  "💥",
  "é",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "../../etc/passwd",
  "%00",
  "%ZZ",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "1e309",
  "NaN",
  "Infinity",
  "-0",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "$K1",
  "$@0",
  "$h1",
  "$F1",
  "$Q1",
  "$$",
  `${GUIDE} `,
  ` ${GUIDE}`,
  `${GUIDE}\u0000`,
  GUIDE.toUpperCase(),
  `${GUIDE}--x`,
  `-${GUIDE}`,
  `${GUIDE}/../${GUIDE}`,
  "a".repeat(81),
  ...INVALID_DATES,
];

const weirdString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WEIRD_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL, "a", " ", "\ud800"), minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_001, max: 120_000 }).map((n) => "x".repeat(n)) },
);

/** Number literals as JSON text (1e309 is Infinity to JavaScript, and no JSON.stringify writes it). */
const RAW_NUMBERS = ["0", "-0", "1", "-1", "1.5", "3", "6", "12", "1e309", "-1e309", "1e-400", "9007199254740993", "123456789012345678901234567890", "-2147483649"];
const KEYS = ["__proto__", "constructor", "prototype", "toString", "guide", "stepId", "done", "ticks", "tickedAt", "message", "kind", "token", "reportId", "note", "0", ""];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));

/** JSON text, built by hand so that "__proto__" keys and 1e309 reach the server as written. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; leaf: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: "small", maxDepth: 4 }, tie("leaf"), tie("array"), tie("object")),
  leaf: fc.oneof(fc.constantFrom("null", "true", "false"), fc.constantFrom(...RAW_NUMBERS), weirdString.map((s) => JSON.stringify(s))),
  array: fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
  object: fc.array(fc.tuple(key, tie("value")), { maxLength: 4 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`),
})).value;

/** A JSON value that is not a boolean (for `done`). */
const notBoolean = jsonText.filter((t) => t !== "true" && t !== "false");
/** A JSON value that is not a string naming a real guide or step. */
const notAnId = fc.oneof(jsonText, weirdString.map((s) => JSON.stringify(s)), fc.constant('"no-such-thing-here"'));

const deepNesting = fc.oneof(
  fc.integer({ min: 200, max: 120_000 }).map((n) => "[".repeat(n) + "]".repeat(n)),
  fc.integer({ min: 200, max: 20_000 }).map((n) => '{"a":'.repeat(n) + "1" + "}".repeat(n)),
);

type Body = { body: string | Buffer; contentType?: string };

/** Bodies that are broken whatever the endpoint: wrong or missing type, empty, huge, not UTF-8, deep. */
const brokenBody: fc.Arbitrary<Body> = fc.record({
  contentType: fc.option(
    fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=zz", "application/json; charset=utf-16", "APPLICATION/JSON", "application/jsonx", "*/*", "", "text/html"),
    { nil: undefined },
  ),
  body: fc.oneof(
    fc.constantFrom<string | Buffer>("", "{", "[", "]", "{}}", "null", "\u0000", '{"a":', "\ufeff{", "undefined", "NaN", "--zz--", Buffer.from([0xff, 0xfe, 0x00, 0x7b]), Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d])),
    fc.constant(`{"guide":"${"x".repeat(300 * 1024)}"}`),
    fc.integer({ min: 0, max: 255 }).map((b) => Buffer.alloc(300 * 1024, b)),
    deepNesting,
  ),
});

// ---------------------------------------------------------------------------------------------
// Cases

type Expected = "json4xx" | "formRedirect" | "actionError" | "actionErrorOrRedirect" | "redirect" | "exactStatus" | "not5xx";
type Case = { endpoint: string; payload: string; send: (env: Env) => Promise<HttpResponse>; expected: Expected; redirectTo?: string[]; status?: number };
type Env = { fuzz: HttpClient; anonymous: HttpClient; signin: HttpClient; csrfToken: string; actions: Record<string, string>; userId: string; reportId: string };

/** encodeURIComponent for any string: a lone surrogate goes out as the bytes Node writes for it (U+FFFD). */
const percentEncode = (s: string) => [...Buffer.from(s, "utf8")].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");

const show = (body: string | Buffer) => (Buffer.isBuffer(body) ? `<${body.length} bytes>` : body.length > 160 ? `${JSON.stringify(body.slice(0, 120))}…(${body.length} chars)` : JSON.stringify(body));

function parseOrUndefined(text: string | Buffer): unknown {
  try {
    return JSON.parse(Buffer.isBuffer(text) ? text.toString("utf8") : text.replace(/^\ufeff/, ""));
  } catch {
    return undefined;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStep = (guide: unknown, stepId: unknown) => typeof guide === "string" && typeof stepId === "string" && !!manifest.get(guide)?.some((s) => s.id === stepId);
const onlyKeys = (o: Record<string, unknown>, allowed: string[]) => Object.keys(o).every((k) => allowed.includes(k));

/** Could the server accept this tick? (Then the generator must not send it.) */
function mightBeValidTick(v: unknown) {
  return isPlainObject(v) && onlyKeys(v, ["guide", "stepId", "done"]) && typeof v.done === "boolean" && isStep(v.guide, v.stepId);
}
function mightBeValidMerge(v: unknown) {
  if (!isPlainObject(v) || !onlyKeys(v, ["ticks"]) || !Array.isArray(v.ticks) || v.ticks.length > 2000) return false;
  return v.ticks.every(
    (t) =>
      isPlainObject(t) &&
      onlyKeys(t, ["guide", "stepId", "tickedAt"]) &&
      typeof t.guide === "string" &&
      SLUG.test(t.guide) &&
      t.guide.length <= 80 &&
      typeof t.stepId === "string" &&
      SLUG.test(t.stepId) &&
      t.stepId.length <= 80 &&
      (t.tickedAt === undefined || (typeof t.tickedAt === "string" && !(Date.parse(t.tickedAt) < EARLIEST_TICK))),
  );
}
function mightBeValidReport(v: unknown) {
  if (!isPlainObject(v) || !isStep(v.guide, v.stepId) || typeof v.message !== "string") return false;
  if (v.kind !== undefined && v.kind !== "out_of_date" && v.kind !== "cant_find") return false;
  const m = v.message.trim();
  return m.length >= 5 && m.length <= 1000 && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(m);
}

/** `formAnswer`: where the endpoint sends a body posted as a plain form (its no-JavaScript path) instead. */
const jsonCase = (endpoint: string, path: string, formAnswer?: string) => (b: Body): Case => ({
  endpoint,
  payload: `${b.contentType ?? "(no content type)"} ${show(b.body)}`,
  ...(formAnswer && b.contentType?.startsWith("application/x-www-form-urlencoded") ? { expected: "formRedirect" as const, redirectTo: [formAnswer] } : { expected: "json4xx" as const }),
  send: ({ fuzz }) => fuzz.send(path, { method: "POST", body: b.body, headers: b.contentType === undefined ? {} : { "content-type": b.contentType } }),
});

// POST /api/progress: one field broken at least, or not an object at all.
const tickText = fc
  .oneof(
    fc.record({ guide: notAnId, stepId: fc.constantFrom(...STEPS).map((s) => JSON.stringify(s)), done: fc.constantFrom("true", "false") }).map((f) => `{"guide":${f.guide},"stepId":${f.stepId},"done":${f.done}}`),
    fc.record({ stepId: notAnId, done: fc.constantFrom("true", "false") }).map((f) => `{"guide":${JSON.stringify(GUIDE)},"stepId":${f.stepId},"done":${f.done}}`),
    notBoolean.map((done) => `{"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])},"done":${done}}`),
    fc.tuple(key.filter((k) => !["guide", "stepId", "done"].includes(k)), jsonText).map(([k, v]) => `{"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])},"done":false,${JSON.stringify(k)}:${v}}`),
    fc.constantFrom(`{"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])}}`, `{"guide":${JSON.stringify(GUIDE)},"done":true}`, `{"stepId":${JSON.stringify(STEPS[0])},"done":true}`, "{}"),
    fc.constantFrom(`{"__proto__":{"done":true},"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])}}`, `{"constructor":{"prototype":{"done":true}},"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])},"done":true}`),
    jsonText,
    deepNesting,
  )
  .filter((t) => !mightBeValidTick(parseOrUndefined(t)));
const progressCases = fc.oneof({ weight: 6, arbitrary: tickText.map((body) => ({ body, contentType: "application/json" })) }, { weight: 1, arbitrary: brokenBody }).map(jsonCase("POST /api/progress", "/api/progress"));

// POST /api/progress/merge: at least one tick or the envelope broken.
const goodTick = fc.record({ guide: fc.constant(GUIDE), stepId: fc.constantFrom(...STEPS), tickedAt: fc.constantFrom(undefined, "2024-06-01T12:00:00Z") }).map((t) => JSON.stringify(t));
const badTick = fc.oneof(
  fc.constantFrom(...INVALID_DATES).map((d) => JSON.stringify({ guide: GUIDE, stepId: STEPS[2], tickedAt: d })),
  jsonText.map((d) => `{"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[2])},"tickedAt":${d}}`),
  notAnId.map((g) => `{"guide":${g},"stepId":${JSON.stringify(STEPS[2])}}`),
  fc.tuple(key.filter((k) => !["guide", "stepId", "tickedAt"].includes(k)), jsonText).map(([k, v]) => `{"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[2])},${JSON.stringify(k)}:${v}}`),
  jsonText,
);
const mergeText = fc
  .oneof(
    fc.tuple(fc.array(goodTick, { maxLength: 3 }), badTick, fc.array(goodTick, { maxLength: 3 })).map(([a, bad, b]) => `{"ticks":[${[...a, bad, ...b].join(",")}]}`),
    jsonText.map((ticks) => `{"ticks":${ticks}}`),
    fc.tuple(key.filter((k) => k !== "ticks"), jsonText).map(([k, v]) => `{"ticks":[],${JSON.stringify(k)}:${v}}`),
    fc.constant(`{"ticks":[${Array.from({ length: 2001 }, () => JSON.stringify({ guide: GUIDE, stepId: STEPS[2] })).join(",")}]}`),
    fc.constantFrom("{}", '{"__proto__":{"ticks":[]}}', '{"ticks":null}', '{"ticks":{"length":1,"0":{}}}'),
    jsonText,
    deepNesting.map((n) => `{"ticks":${n}}`),
  )
  .filter((t) => !mightBeValidMerge(parseOrUndefined(t)));
const mergeCases = fc.oneof({ weight: 6, arbitrary: mergeText.map((body) => ({ body, contentType: "application/json" })) }, { weight: 1, arbitrary: brokenBody }).map(jsonCase("POST /api/progress/merge", "/api/progress/merge"));

// POST /api/reports (JSON): one of guide, step, message broken (extra keys are allowed there, so they prove nothing).
const badMessage = fc.oneof(
  notBoolean.filter((t) => !t.startsWith('"')),
  fc.constantFrom("", "    ", "abc", "  abcd  ", "\u0000\u0000\u0000\u0000\u0000").map((s) => JSON.stringify(s)),
  fc.integer({ min: 1001, max: 14_000 }).map((n) => JSON.stringify("y".repeat(n))),
  fc.tuple(fc.string({ minLength: 5, maxLength: 40 }), fc.constantFrom(...CONTROL), fc.string({ maxLength: 40 })).map(([a, c, b]) => JSON.stringify(`${a}${c}${b}`)),
);
const reportText = fc
  .oneof(
    badMessage.map((m) => `{"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])},"message":${m}}`),
    notAnId.map((g) => `{"guide":${g},"stepId":${JSON.stringify(STEPS[0])},"message":"This step moved elsewhere."}`),
    jsonText.filter((k) => k !== '"out_of_date"' && k !== '"cant_find"').map((k) => `{"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])},"kind":${k},"message":"This step moved elsewhere."}`),
    notAnId.map((s) => `{"guide":${JSON.stringify(GUIDE)},"stepId":${s},"message":"This step moved elsewhere."}`),
    fc.constantFrom(`{"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])}}`, `{"__proto__":{"message":"This step moved elsewhere."},"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])}}`),
    fc.constant(`{"guide":${JSON.stringify(GUIDE)},"stepId":${JSON.stringify(STEPS[0])},"message":"${"z".repeat(17 * 1024)}"}`),
    jsonText,
  )
  .filter((t) => !mightBeValidReport(parseOrUndefined(t)));
const reportJsonCases = fc.oneof({ weight: 6, arbitrary: reportText.map((body) => ({ body, contentType: "application/json" })) }, { weight: 1, arbitrary: brokenBody }).map(jsonCase("POST /api/reports (JSON)", "/api/reports", "/report"));

// POST /api/reports (form, JavaScript off): always a 303 to /report with result=invalid.
const formValue = fc.oneof(weirdString, fc.constantFrom(GUIDE, ...STEPS, "This step moved elsewhere."));
const reportFormBody = fc
  .oneof(
    fc.array(fc.tuple(fc.constantFrom("guide", "stepId", "message", "__proto__", "constructor", "", "guide[]"), formValue), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString()),
    fc.constantFrom("%ZZ", "guide=%E0%A4%A&stepId=%&message=%%", "&&&==&", "=", `guide=${GUIDE}&stepId=${STEPS[0]}&message=%00%00%00%00%00%00`, `guide=${GUIDE}&stepId=${STEPS[0]}`, "a".repeat(300 * 1024)),
  )
  .filter((body) => {
    const form = new URLSearchParams(body);
    return !mightBeValidReport({ guide: form.get("guide") ?? "", stepId: form.get("stepId") ?? "", message: form.get("message") ?? "" });
  });
const reportFormCases = reportFormBody.map(
  (body): Case => ({
    endpoint: "POST /api/reports (form)",
    payload: show(body),
    expected: "formRedirect",
    redirectTo: ["/report"],
    send: ({ fuzz }) => fuzz.send("/api/reports", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } }),
  }),
);

// POST /api/unsubscribe: tokens that are never the fuzz user's valid token.
const unsubscribeCases = fc
  .record({
    token: fc.oneof(
      weirdString,
      fc.tuple(fc.integer({ min: 0, max: 2 ** 40 }), fc.string({ minLength: 43, maxLength: 43 })).map(([exp, sig]) => `FUZZUSER.${exp}.${sig}`),
      fc.constantFrom("EXPIRED", "VALID+x", "xVALID", "VALID\u0000", "VALID ", "VALIDCASE", "FUZZUSER.99999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
    ),
    via: fc.constantFrom("form", "query", "one-click", "json", "multipart"),
  })
  .filter(({ token, via }) => inUrl(token) || !["query", "one-click"].includes(via))
  .map(
    ({ token, via }): Case => ({
      endpoint: "POST /api/unsubscribe",
      payload: `${via} ${show(token)}`,
      expected: via === "form" ? "formRedirect" : "json4xx",
      redirectTo: ["/unsubscribe/done"],
      send: ({ anonymous, userId }) => {
        const valid = unsubscribeToken(process.env.AUTH_SECRET!, userId);
        const expired = unsubscribeToken(process.env.AUTH_SECRET!, userId, new Date(Date.now() - 100 * 86_400_000));
        const t = token
          .replace("FUZZUSER", userId)
          .replace("EXPIRED", expired)
          .replace("VALIDCASE", valid.slice(0, -1) + (valid.endsWith("A") ? "B" : "A"))
          .replace("VALID", valid);
        if (t === valid) throw new Error("the generator made a valid token");
        const form = { "content-type": "application/x-www-form-urlencoded" };
        if (via === "form") return anonymous.send("/api/unsubscribe", { method: "POST", body: new URLSearchParams({ token: t }).toString(), headers: form });
        if (via === "one-click") return anonymous.send(`/api/unsubscribe?token=${percentEncode(t)}`, { method: "POST", origin: null, body: "List-Unsubscribe=One-Click", headers: form });
        if (via === "json") return anonymous.send("/api/unsubscribe", { method: "POST", body: JSON.stringify({ token: t }), headers: { "content-type": "application/json" } });
        if (via === "multipart") {
          const m = multipart([["token", t]]);
          return anonymous.send("/api/unsubscribe", { method: "POST", body: m.body, headers: { "content-type": m.contentType } });
        }
        return anonymous.send(`/api/unsubscribe?token=${percentEncode(t)}`, { method: "POST", body: "" });
      },
    }),
  );

// GET /api/me?guide=…: not a mutation, but the same validation.
/** Values that travel in a URL stay under Node's 16 kB header limit (beyond it Node itself answers 431 and resets). */
const inUrl = (s: string) => s.length <= 4000;
const progressReadCases = weirdString
  .filter((g) => g !== "" && inUrl(g) && !(SLUG.test(g) && g.length <= 80)) // a well-formed id of no guide is a 200 with no ticks
  .map(
    (guide): Case => ({
      endpoint: "GET /api/me",
      payload: show(guide),
      expected: "json4xx",
      send: ({ fuzz }) => fuzz.get(`/api/me?guide=${percentEncode(guide)}`),
    }),
  );

// Server actions. A FormData argument of name/value pairs, or any other argument list, or an envelope that is not one.
const fieldName = (names: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "0", "$ACTION_ID", "1_guide", "") }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
const fields = (names: string[], values: fc.Arbitrary<string>) => fc.array(fc.tuple(fieldName(names), values), { maxLength: 5 });
const prevState = fc.oneof(fc.constant({}), fc.jsonValue({ maxDepth: 2 }), weirdString.map((s) => ({ error: s })));

type Envelope = { args: ActionArg[] } | { raw: Body };
const brokenEnvelope: fc.Arbitrary<Envelope> = fc.oneof(
  fc.record({ contentType: fc.constantFrom("text/plain;charset=UTF-8", "multipart/form-data; boundary=zz", "multipart/form-data", "application/json", "text/plain"), body: fc.oneof(jsonText, fc.constantFrom("", "[{", "]", "--zz\r\n", "--zz--\r\n", '[{},"$h1"]', '[{},"$Q1"]', '[{},"$F1"]', '[{},"$K1"]', '[{},"$@1"]', '[{},"$T"]', '"x"', "1e309")) }).map((raw) => ({ raw })),
  deepNesting.map((body) => ({ raw: { body, contentType: "text/plain;charset=UTF-8" } })),
  fc.constant({ raw: { body: multipart([["1_guide", GUIDE]]).body, contentType: "multipart/form-data; boundary=wrong" } }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }).map((args) => ({ args: args as ActionArg[] })),
);

function actionCases(endpoint: string, page: string, name: string, names: string[], values: fc.Arbitrary<string>, mightBeValid: (form: Map<string, string>) => boolean, expected: Expected, who: "fuzz" | "anonymous" = "fuzz", redirectTo?: string[]) {
  const withForm = fc.tuple(prevState, fields(names, values)).map(([prev, form]): Envelope => ({ args: [prev as ActionArg, { form } satisfies FormArg] }));
  return fc
    .oneof({ weight: 5, arbitrary: withForm }, { weight: 2, arbitrary: brokenEnvelope })
    .filter((e) => {
      if (!("args" in e)) return true;
      const form = e.args[1];
      if (!form || typeof form !== "object" || !("form" in form)) return true;
      const first = new Map<string, string>();
      for (const [k, v] of (form as FormArg).form) if (!first.has(k)) first.set(k, v);
      return !mightBeValid(first);
    })
    .map(
      (e): Case => ({
        endpoint,
        payload: "args" in e ? JSON.stringify(e.args).slice(0, 300) : `${e.raw.contentType} ${show(e.raw.body)}`,
        expected,
        redirectTo,
        send: (env) => {
          const client = env[who];
          const args = "args" in e ? (JSON.parse(JSON.stringify(e.args).replaceAll('"REPORT"', JSON.stringify(env.reportId))) as ActionArg[]) : null;
          const { body, contentType } = args ? encodeActionArgs(args) : { body: (e as { raw: Body }).raw.body, contentType: (e as { raw: Body }).raw.contentType! };
          return client.send(page, { method: "POST", body, headers: { "next-action": env.actions[name]!, "content-type": contentType, accept: "text/x-component" } });
        },
      }),
    );
}

const anyValue = fc.oneof(weirdString, fc.constantFrom(GUIDE, ...STEPS, ...OTHER_GUIDES, "3", "6", "12", "never", "yes", "on", " 6", "6.0", "0x6", "6e0"));
const recheckCases = actionCases("action recheckAction", "/checklist", "recheckAction", ["guide", "stepId"], anyValue, (f) => manifest.has(f.get("guide") ?? "") && (!f.get("stepId") || (f.get("guide") === GUIDE && TICKED.includes(f.get("stepId")!))), "actionError");
const reminderCases = actionCases("action reminderAction", "/checklist", "reminderAction", ["months"], anyValue, (f) => f.get("months") === "never" || [3, 6, 12].includes(Number(f.get("months") ?? null)), "actionError");
const deleteCases = actionCases("action deleteAccountAction", "/account", "deleteAccountAction", ["confirm"], anyValue, (f) => f.get("confirm") === "yes", "actionError");
const signOutCases = actionCases("action signOutAction (anonymous)", "/account", "signOutAction", ["x"], anyValue, () => false, "actionErrorOrRedirect", "anonymous", ["/"]);
const emailValue = fc.oneof(weirdString, fc.constantFrom("a@b", "@", "a@@b", "a\r\nbcc: x@example.org", "x".repeat(250) + "@a.b", `${"x".repeat(300)}@a.b`, "<>@x.y", "\"quoted\"@x.y", "a@[127.0.0.1]"));
const requestLinkCases = actionCases("action requestSignInLink", "/signin", "requestSignInLink", ["email", "callbackUrl"], emailValue, () => false, "actionErrorOrRedirect", "fuzz", ["/signin/check-email", "/api/auth/verify-request"]);
const providerCases = actionCases("action signInWithProvider", "/signin", "signInWithProvider", ["provider", "callbackUrl"], fc.oneof(weirdString, fc.constantFrom("github", "google", "nodemailer", "credentials")), () => false, "actionErrorOrRedirect", "fuzz", ["/signin", "/api/auth/signin"]);

// The request actions, by the fuzz user, who tracks no request: an error state, and nothing changes.
const REQUEST_ACTIONS_FILE = "lib/requests/actions.ts";
const requestValue = fc.oneof(weirdString, fc.constantFrom(GUIDE, ...STEPS, "instagram", "object-to-ai-use", "true", "false", "refused", "accepted", "2026-12-01", "2026-02-30"));
const requestFields = ["guide", "stepId", "extended", "outcome", "answeredOn", "reopen"];
const isSlug = (v: string | undefined) => v !== undefined && SLUG.test(v) && v.length <= 80;
const requestCases = [
  actionCases("action extendedAction", "/checklist", "extendedAction", requestFields, requestValue, () => false, "actionError"),
  actionCases("action answeredAction", "/checklist", "answeredAction", requestFields, requestValue, () => false, "actionError"),
  actionCases("action closedAction", "/checklist", "closedAction", requestFields, requestValue, () => false, "actionError"),
  // Stopping what one does not track is fine (idempotent): only invalid ids are errors.
  actionCases("action stopTrackingAction", "/checklist", "stopTrackingAction", requestFields, requestValue, (f) => isSlug(f.get("guide")) && isSlug(f.get("stepId")), "actionError"),
  actionCases("action requestRemindersAction", "/checklist", "requestRemindersAction", ["on"], requestValue, (f) => f.get("on") === "true" || f.get("on") === "false", "actionError"),
];

// The editor desk's actions, by the fuzz user (a reader): the site's 404 whatever is posted, and no report changes.
const EDITOR_ACTIONS_FILE = "lib/editor/actions.ts";
const EDITOR_ACTIONS = ["resolveReportAction", "resolveStepAction", "markDuplicateAction", "reopenReportAction"] as const;
const deskValue = fc.oneof(weirdString, fc.constantFrom("REPORT", GUIDE, ...STEPS, "resolved", "duplicate", "open"));
const editorCases = EDITOR_ACTIONS.map((name) => actionCases(`action ${name} (not an editor)`, "/editor", name, ["reportId", "guide", "stepId", "note"], deskValue, () => false, "actionError"));

// POST /api/auth/signin/nodemailer (Auth.js behind our rate limit): a same-site redirect, whatever is sent.
const signInCases = fc
  .record({
    pairs: fields(["email", "csrfToken", "callbackUrl"], emailValue),
    csrf: fc.constantFrom("valid", "none", "weird"),
    contentType: fc.constantFrom("application/x-www-form-urlencoded", "application/x-www-form-urlencoded", "application/json", "multipart/form-data", "text/plain", ""),
  })
  .map(
    ({ pairs, csrf, contentType }): Case => ({
      endpoint: "POST /api/auth/signin/nodemailer",
      payload: `${contentType} csrf=${csrf} ${JSON.stringify(pairs).slice(0, 300)}`,
      expected: "redirect",
      send: ({ signin, csrfToken }) => {
        const all: [string, string][] = pairs.filter(([k]) => k !== "csrfToken");
        if (csrf === "valid") all.push(["csrfToken", csrfToken]);
        if (csrf === "weird") all.push(["csrfToken", `${csrfToken.slice(0, 10)}\u0000`]);
        if (contentType === "application/json") return signin.send("/api/auth/signin/nodemailer", { method: "POST", body: JSON.stringify(Object.fromEntries(all)), headers: { "content-type": contentType } });
        if (contentType === "multipart/form-data") {
          const m = multipart(all);
          return signin.send("/api/auth/signin/nodemailer", { method: "POST", body: m.body, headers: { "content-type": m.contentType } });
        }
        return signin.send("/api/auth/signin/nodemailer", { method: "POST", body: new URLSearchParams(all).toString(), headers: contentType ? { "content-type": contentType } : {} });
      },
    }),
  );

// Plain form posts, the no-JavaScript path of every form (Next runs a multipart post with a
// "$ACTION_ID_<id>" field as that server action, without any Next-Action header): to the pages with
// forms and to the form endpoints, with or without an Origin. A foreign Host or X-Forwarded-Host is
// the proxy's 400 and a body over 1 MB its 413, as for server-action requests; any other post gets
// the endpoint's own answer, never a 5xx. Values are weird strings only (never "yes", a guide or a
// month count), so no post can be a valid delete, reminder or re-check.
const FUZZED_ACTION_NAMES = ["recheckAction", "reminderAction", "deleteAccountAction", "signOutAction", "requestSignInLink", "signInWithProvider", ...EDITOR_ACTIONS];
const FORM_TARGETS = ["/", "/signin", "/checklist", "/account", "/editor", "/report", "/plan", "/guides/" + GUIDE, "/api/reports", "/api/unsubscribe", "/api/auth/signin/nodemailer", "/api/auth/callback/nodemailer"];
const FOREIGN = "evil.example";
const plainFormCases = fc
  .record({
    target: fc.constantFrom(...FORM_TARGETS),
    encoding: fc.constantFrom("multipart", "urlencoded", "MULTIPART"),
    action: fc.constantFrom(null, ...FUZZED_ACTION_NAMES),
    host: fc.constantFrom("ours", "ours", "ours", "host", "forwarded", "both"),
    large: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    origin: fc.boolean(),
    who: fc.constantFrom("fuzz" as const, "anonymous" as const),
    pairs: fields(["email", "confirm", "months", "guide", "stepId", "message", "token", "callbackUrl", "csrfToken"], weirdString.filter((v) => v.length < 4000 && !/^(yes|never|3|6|12)$/.test(v.trim()) && !manifest.has(v.trim()))),
  })
  // Signing the fuzz user out is a valid post, not bad input.
  .filter((f) => !(f.action === "signOutAction" && f.who === "fuzz" && f.host === "ours" && !f.large))
  .map(
    (f): Case => ({
      endpoint: `plain form post ${f.target}`,
      payload: `${f.encoding} host=${f.host} ${f.large ? "1.1 MB " : ""}origin=${f.origin} action=${f.action ?? "none"} ${JSON.stringify(f.pairs).slice(0, 200)}`,
      ...(f.host !== "ours" ? { expected: "exactStatus" as const, status: 400 } : f.large ? { expected: "exactStatus" as const, status: 413 } : { expected: "not5xx" as const }),
      send: (env) => {
        const all: [string, string][] = [...f.pairs];
        if (f.action) all.unshift([`$ACTION_ID_${env.actions[f.action]}`, ""]);
        if (f.large) all.push(["pad", "p".repeat(1024 * 1024 + 100)]);
        const headers: Record<string, string> = {};
        if (f.host === "host" || f.host === "both") headers.host = FOREIGN;
        if (f.host === "forwarded" || f.host === "both") headers["x-forwarded-host"] = FOREIGN;
        let body: string | Buffer;
        if (f.encoding === "urlencoded") {
          body = new URLSearchParams(all).toString();
          headers["content-type"] = "application/x-www-form-urlencoded";
        } else {
          const m = multipart(all);
          body = m.body;
          headers["content-type"] = f.encoding === "MULTIPART" ? m.contentType.replace("multipart/form-data", "Multipart/Form-Data") : m.contentType;
        }
        return env[f.who].send(f.target, { method: "POST", body, headers, origin: f.origin ? undefined : null });
      },
    }),
  );

/** [arbitrary, how many payloads] per endpoint. */
const PLAN: [fc.Arbitrary<Case>, number][] = [
  [progressCases, 170],
  [mergeCases, 140],
  [reportJsonCases, 130],
  [reportFormCases, 80],
  [unsubscribeCases, 90],
  [progressReadCases, 40],
  [recheckCases, 90],
  [reminderCases, 80],
  [deleteCases, 70],
  [signOutCases, 30],
  [requestLinkCases, 60],
  [providerCases, 40],
  [signInCases, 70],
  [plainFormCases, 160],
  ...editorCases.map((arbitrary): [fc.Arbitrary<Case>, number] => [arbitrary, 25]),
  ...requestCases.map((arbitrary): [fc.Arbitrary<Case>, number] => [arbitrary, 25]),
];

/** Every server action of the build must be fuzzed here: a new one cannot be forgotten. */
const FUZZED_ACTIONS = [
  "lib/progress/actions.ts#recheckAction",
  "lib/progress/actions.ts#reminderAction",
  "lib/account/actions.ts#deleteAccountAction",
  "lib/account/actions.ts#signOutAction",
  "lib/auth/actions.ts#requestSignInLink",
  "lib/auth/actions.ts#signInWithProvider",
  ...EDITOR_ACTIONS.map((name) => `${EDITOR_ACTIONS_FILE}#${name}`),
  ...["extendedAction", "answeredAction", "closedAction", "stopTrackingAction", "requestRemindersAction"].map((name) => `${REQUEST_ACTIONS_FILE}#${name}`),
];

// ---------------------------------------------------------------------------------------------

/** Why an answer breaks the properties, or null when it is fine. */
function problemWith(c: Case, res: HttpResponse): string | null {
  if (res.status >= 500) return `server error ${res.status}`;
  const sameSite = (path: string | undefined) => !!res.location && res.location.origin === new URL(process.env.E2E_BASE_URL!).origin && (!c.redirectTo || c.redirectTo.includes(path ?? ""));
  switch (c.expected) {
    case "json4xx": {
      if (res.status < 400) return `expected a 4xx, got ${res.status}`;
      // Node's HTTP server itself refuses a request line or headers that are too long, without JSON.
      if (res.status === 414 || res.status === 431) return null;
      try {
        const body = JSON.parse(res.body) as { error?: unknown };
        return typeof body.error === "string" && body.error.length > 0 ? null : "4xx without an error message";
      } catch {
        return `4xx that is not JSON: ${res.body.slice(0, 80)}`;
      }
    }
    case "formRedirect":
      if (res.status >= 400 && res.status < 500) return null;
      if (res.status !== 303 || !sameSite(res.location?.pathname)) return `expected a 303 to ${c.redirectTo}, got ${res.status} ${res.location}`;
      return res.location!.searchParams.get("result") === "thanks" || (c.redirectTo?.includes("/unsubscribe/done") && res.location!.search !== "?invalid=1") ? `success answer ${res.location}` : null;
    case "exactStatus":
      return res.status === c.status ? null : `expected ${c.status}, got ${res.status}`;
    case "not5xx":
      return null;
    case "redirect":
      if (res.status >= 400 && res.status < 500) return null;
      return [302, 303, 307].includes(res.status) && sameSite(res.location?.pathname) ? null : `expected a same-site redirect, got ${res.status} ${res.location}`;
    case "actionError":
    case "actionErrorOrRedirect": {
      if (res.status >= 400 && res.status < 500) return null;
      const outcome = actionOutcome(res);
      if (outcome.kind === "state" && typeof outcome.state?.error === "string") return null;
      if (outcome.kind === "redirect" && c.expected === "actionErrorOrRedirect") {
        const target = new URL(outcome.location, process.env.E2E_BASE_URL);
        return target.origin === new URL(process.env.E2E_BASE_URL!).origin && (!c.redirectTo || c.redirectTo.includes(target.pathname)) ? null : `redirect off the expected pages: ${outcome.location}`;
      }
      return `expected an error state, got ${res.status} ${JSON.stringify(outcome)}`;
    }
  }
}

async function snapshot(userId: string): Promise<string> {
  const [user, ticks, sessions, reports, requests] = await Promise.all([
    sql.query(`SELECT * FROM "User" WHERE id = $1`, [userId]),
    sql.query(`SELECT * FROM "StepCompletion" WHERE "userId" = $1 ORDER BY guide, "stepId"`, [userId]),
    sql.query(`SELECT * FROM "Session" WHERE "userId" = $1 ORDER BY "sessionToken"`, [userId]),
    sql.query(`SELECT * FROM "StepReport" WHERE guide = $1 ORDER BY id`, [GUIDE]),
    sql.query(`SELECT * FROM "TrackedRequest" WHERE "userId" = $1 ORDER BY guide, "stepId"`, [userId]),
  ]);
  return JSON.stringify({ user: user.rows, ticks: ticks.rows, sessions: sessions.rows, reportsOnFuzzGuide: reports.rows, requests: requests.rows });
}

let env: Env;

beforeAll(async () => {
  const email = uniqueEmail("fuzz");
  const fuzz = await signInByMail(email, "fuzz");
  const { rows } = await sql.query(`SELECT id FROM "User" WHERE email = $1`, [email]);
  const actions = Object.fromEntries(
    FUZZED_ACTIONS.map((ref) => {
      const [file, name] = ref.split("#") as [string, string];
      return [name, actionId(file, name)];
    }),
  );
  // An open report on the fuzz guide, for the desk actions to aim at (a reader must not change it).
  const reportId = `r${randomBytes(12).toString("hex")}`;
  await sql.query(`INSERT INTO "StepReport" (id, guide, "stepId", message) VALUES ($1, $2, $3, 'fuzz: a report no reader may change')`, [reportId, GUIDE, STEPS[0]]);
  // State that a wrongly accepted payload would change: two ticks (one "changed since"), a reminder.
  for (const stepId of TICKED) expect((await fuzz.postJson("/api/progress", { guide: GUIDE, stepId, done: true })).status).toBe(200);
  await sql.query(`UPDATE "StepCompletion" SET "stepHash" = 'old' WHERE "userId" = $1 AND "stepId" = $2`, [rows[0].id, TICKED[0]]);
  const reminder = actionOutcome(await fuzz.action("/checklist", actions.reminderAction!, [{}, { form: [["months", "6"]] }]));
  expect(reminder).toEqual({ kind: "state", state: { ok: expect.stringMatching(/6 months/) } });
  // Sign-in requests from an address of their own: their rate limit is theirs alone.
  const signin = new HttpClient("fuzz-signin");
  signin.cookies.set(SESSION_COOKIE, fuzz.sessionToken!);
  const csrfToken = await signin.csrfToken();
  env = { fuzz, anonymous: new HttpClient("fuzz-anonymous"), signin, csrfToken, actions, userId: rows[0].id as string, reportId };
});

describe("bad input (property-based)", () => {
  it("covers every server action of the build", () => {
    expect(builtActions().map((a) => `${a.file}#${a.exportedName}`).sort(), "add the new action to FUZZED_ACTIONS and PLAN").toEqual([...FUZZED_ACTIONS].sort());
  });

  it("never gets a 5xx, always the endpoint's 4xx / error state / neutral redirect, and changes nothing", { timeout: 120_000 }, async () => {
    const cases = PLAN.flatMap(([arbitrary, numRuns], i) => fc.sample(arbitrary, { numRuns, seed: SEED + i }));
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const before = await snapshot(env.userId);
    const started = Date.now();

    const problems: { c: Case; why: string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < cases.length) {
          const c = cases[next++]!;
          try {
            const why = problemWith(c, await c.send(env));
            if (why) problems.push({ c, why });
          } catch (error) {
            problems.push({ c, why: `no answer: ${(error as Error).message}` });
          }
        }
      }),
    );

    const after = await snapshot(env.userId);
    const serverErrors = problems.filter((p) => /^server error|^no answer/.test(p.why));
    // One line per kind of problem, with up to three payloads that show it.
    const groups = new Map<string, string[]>();
    for (const { c, why } of problems) {
      const kind = `${c.endpoint}: ${why.replace(/\d{3} \{.*$/, "").slice(0, 100)}`;
      groups.set(kind, [...(groups.get(kind) ?? []), c.payload.slice(0, 200)]);
    }
    const report = [...groups].map(([kind, payloads]) => `${kind} ×${payloads.length}, e.g. ${payloads.slice(0, 3).join(" | ")}`);
    console.log(
      `fuzz: ${cases.length} payloads, ${serverErrors.length} server errors, database ${after === before ? "unchanged" : "CHANGED"} (${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED})`,
    );
    expect(report).toEqual([]);
    expect(after).toBe(before);
  });
});

describe("regressions", () => {
  it("a NUL character in a report message is a 422", async () => {
    const res = await new HttpClient("nul").postJson("/api/reports", { guide: GUIDE, stepId: STEPS[0], message: "nul \u0000 in the middle" });
    expect(res.status).toBe(422);
  });

  it('tickedAt "0000-01-01T00:00:00Z" in a merge is a 422, and so is +275760-09-13', async () => {
    for (const tickedAt of ["0000-01-01T00:00:00Z", "+275760-09-13T00:00:00.000Z"]) {
      const res = await env.fuzz.postJson("/api/progress/merge", { ticks: [{ guide: GUIDE, stepId: STEPS[2], tickedAt }] });
      expect(res.status, tickedAt).toBe(422);
    }
  });

  it.each(["__proto__", "constructor", "toString"])("/signin?error=%s is the sign-in page", async (code) => {
    const res = await new HttpClient("signin-error").get(`/signin?error=${code}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain("Sign-in did not work");
  });

  it("a Next-Action header with the body [] on /checklist is an error state, not a 500", async () => {
    for (const name of Object.keys(env.actions)) {
      const client = name === "signOutAction" ? env.anonymous : env.fuzz;
      const res = await client.send("/checklist", { method: "POST", body: "[]", headers: { "next-action": env.actions[name]!, "content-type": "text/plain;charset=UTF-8" } });
      expect(res.status, `${name}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
    }
    const unknown = await env.fuzz.send("/checklist", { method: "POST", body: "[]", headers: { "next-action": "00".repeat(21), "content-type": "text/plain;charset=UTF-8" } });
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBeLessThan(500);
  });

  it("a server action posted from another origin is refused with 403", async () => {
    const res = await env.fuzz.action("/checklist", env.actions.reminderAction!, [{}, { form: [["months", "12"]] }], { origin: "http://evil.example" });
    expect(res.status).toBe(403);
  });

  it("a server action body over 1 MB is refused with 413", async () => {
    const big = randomBytes(600 * 1024).toString("hex");
    const res = await env.fuzz.action("/checklist", env.actions.reminderAction!, [{}, { form: [["months", big]] }]);
    expect(res.status).toBe(413);
  });

  it("/guides/%ZZ is a 4xx", async () => {
    const res = await new HttpClient("bad-escape").get("/guides/%ZZ");
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it("the fuzz user is still signed in with the same data", async () => {
    const res = await env.fuzz.get(`/api/me?guide=${GUIDE}`);
    expect(res.status).toBe(200);
    expect((JSON.parse(res.body) as { ticks: { stepId: string }[] }).ticks.map((t) => t.stepId).sort()).toEqual([...TICKED].sort());
  });
});
