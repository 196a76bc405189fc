/**
 * The one place that reads process.env. Validated lazily (on first use, and at server start from
 * instrumentation.ts) so that `next build` can prerender guide pages without any secrets.
 */
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set. Run `npm run dev` (it starts a local database) or set it to a PostgreSQL URL." })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
    AUTH_SECRET: z
      .string({ error: "AUTH_SECRET is not set. Generate one with `openssl rand -base64 33`." })
      .min(32, "AUTH_SECRET must be at least 32 characters."),
    SITE_URL: z
      .url({ error: "SITE_URL must be an absolute URL such as https://untrain.example" })
      .refine((u) => /^https?:\/\//.test(u), "SITE_URL must start with http:// or https://")
      .optional(),
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: "TRUSTED_PROXY_HOPS must be a whole number" })
      .int("TRUSTED_PROXY_HOPS must be a whole number")
      .min(0)
      .max(5, "TRUSTED_PROXY_HOPS above 5 is almost certainly a mistake")
      .default(0),
    OPERATOR_CONTACT: z.string().min(3).max(200).optional(),
    EMAIL_SERVER: z.string().min(1).optional(),
    EMAIL_FROM: z.string().min(3).default("Untrain <no-reply@localhost>"),
    MAIL_TO_FILES: flag,
    MAIL_DIR: z.string().default(".data/mail"),
    AUTH_GITHUB_ID: z.string().min(1).optional(),
    AUTH_GITHUB_SECRET: z.string().min(1).optional(),
    AUTH_GOOGLE_ID: z.string().min(1).optional(),
    AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    // Every absolute URL (sign-in links above all) is built from SITE_URL, never from request
    // headers; in production there is no safe default for it.
    if (env.NODE_ENV === "production" && !env.SITE_URL) {
      ctx.addIssue({ code: "custom", path: ["SITE_URL"], message: "SITE_URL is required in production (the public origin, e.g. https://untrain.example)." });
    }
    // Sign-in links written to a log or a file are a way into every account: a production server
    // must mail them, unless someone deliberately chose files (the e2e tests do).
    if (env.NODE_ENV === "production" && !env.EMAIL_SERVER && !env.MAIL_TO_FILES) {
      ctx.addIssue({
        code: "custom",
        path: ["EMAIL_SERVER"],
        message: "EMAIL_SERVER is required in production (or set MAIL_TO_FILES=1 to write sign-in links to files on purpose).",
      });
    }
  });

export type ServerEnv = Omit<z.infer<typeof serverEnvSchema>, "SITE_URL" | "OPERATOR_CONTACT"> & { SITE_URL: string; OPERATOR_CONTACT: string };

/** "Name <address>" → "address": the sender is a real way to reach the operator when no contact is set. */
function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

/** `KEY=` in an env file means "not set", as most tools read it, not "set to the empty string". */
function withoutEmptyValues(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
}

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(withoutEmptyValues(source));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "env"}: ${i.message}`);
    throw new EnvError(`Untrain cannot start, the environment is not valid:\n${lines.join("\n")}`);
  }
  return {
    ...result.data,
    SITE_URL: (result.data.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    OPERATOR_CONTACT: result.data.OPERATOR_CONTACT ?? addressOf(result.data.EMAIL_FROM),
  };
}

let cached: ServerEnv | undefined;
export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** The public origin used for every absolute URL; safe at build time (no secrets involved). */
export function siteUrl(): string {
  return site().url;
}

/** SITE_URL's origin and host, for comparing with what a request carries (Origin, Host). */
export function siteOrigin(): string {
  return site().origin;
}
export function siteHost(): string {
  return site().host;
}

// Read on every write and every server action: parsed once per value of SITE_URL, not per call.
let parsedSite: { raw: string; url: string; origin: string; host: string } | undefined;
function site() {
  const raw = process.env.SITE_URL ?? "http://localhost:3000";
  if (parsedSite?.raw === raw) return parsedSite;
  const parsed = z.url().safeParse(raw);
  if (!parsed.success) throw new EnvError(`SITE_URL must be an absolute URL, got "${raw}".`);
  const url = parsed.data.replace(/\/+$/, "");
  const { origin, host } = new URL(url);
  parsedSite = { raw, url, origin, host };
  return parsedSite;
}
