/**
 * Renders deploy/nginx.conf.template into a configuration for one edge: where nginx listens, which
 * app processes it balances over, where its cache lives and which build it serves. The same function
 * makes the local topology (`npm run start:edge`), the edge tests and benches, and a real host's file
 * (docs/deploy.md), so what is tested is what is deployed.
 *
 * Every value is checked before it reaches the file: a value with a space, a quote or a brace could
 * otherwise add a directive.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { securityHeaders } from "../lib/http/security-headers.ts";
import { TRANSLATED_LOCALES } from "../lib/i18n/locales.ts";

const DEPLOY_DIR = import.meta.dirname;
const TEMPLATE = path.join(DEPLOY_DIR, "nginx.conf.template");

/** Characters nginx reads as part of one plain token: no space, quote, brace, semicolon or `$`. */
const token = z.string().regex(/^[A-Za-z0-9._:/@+-]+$/, "must be one plain token (no spaces, quotes, braces, ; or $)");
const absolutePath = token.refine((p) => path.isAbsolute(p), "must be an absolute path");
const port = z.number().int().min(1).max(65_535);
const address = z.object({ host: token, port });

export const edgeConfigSchema = z.object({
  /** Where nginx listens: loopback locally, `0.0.0.0:443` (with TLS, docs/deploy.md) on a host. */
  listen: address,
  /** SITE_URL's host name: the only Host nginx answers for. */
  serverName: token,
  /** The `next start` processes. At least one. */
  upstreams: z.array(address).min(1),
  /** nginx's own folder (pid, logs, temp files). */
  prefix: absolutePath,
  cacheDir: absolutePath,
  cacheMaxSize: z.string().regex(/^\d+[kmg]?$/, "a size such as 512m or 1g").default("1g"),
  /** `.next/BUILD_ID` of the build the processes serve: the first part of every page's cache key. */
  buildId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a Next.js build id"),
  workers: z.union([z.literal("auto"), z.number().int().min(1).max(64)]).default("auto"),
  /** A file for the access log, or null for none (the benches measure nginx without writing a line per request). */
  accessLog: absolutePath.nullable().default(null),
  /**
   * The user nginx's workers run as. nginx started as root switches its workers to `nobody`, which
   * cannot write a cache under a root-owned checkout: the local topology passes root then (it listens
   * on loopback only); a real host uses www-data (docs/deploy.md).
   */
  user: token.optional(),
  /** A process that fails is left out this long before nginx tries it again. */
  failTimeoutSeconds: z.number().int().min(1).max(300).default(2),
});
export type EdgeConfig = z.input<typeof edgeConfigSchema>;

/** The nginx configuration text for `options`; throws (zod) on a value that does not fit. */
export function renderNginxConfig(options: EdgeConfig): string {
  const o = edgeConfigSchema.parse(options);
  const listen = `${o.listen.host}:${o.listen.port}`;
  const fields: Record<string, string> = {
    USER: o.user ? `user ${o.user};` : "# user: nginx's default",
    WORKERS: String(o.workers),
    PREFIX: o.prefix,
    // The personal routes exist in every language (/de/checklist): one list with the app's routing.
    LOCALE_PREFIXES: TRANSLATED_LOCALES.join("|"),
    ACCESS_LOG: o.accessLog ? `${o.accessLog} untrain` : "off",
    CACHE_DIR: o.cacheDir,
    CACHE_MAX_SIZE: o.cacheMaxSize,
    UPSTREAM_SERVERS: o.upstreams.map((u) => `    server ${u.host}:${u.port} max_fails=1 fail_timeout=${o.failTimeoutSeconds}s;`).join("\n"),
    UPSTREAM_COUNT: String(o.upstreams.length),
    LISTEN: listen,
    SERVER_NAME: o.serverName,
    BUILD_ID: o.buildId,
    DEPLOY_DIR,
    SECURITY_HEADERS: securityHeaders(false)
      .map(({ key, value }) => `      add_header ${key} "${value.replace(/["\\]/g, "\\$&")}" always;`)
      .join("\n"),
  };
  const text = readFileSync(TEMPLATE, "utf8").replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = fields[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf.template names {{${name}}}, which renderNginxConfig does not fill`);
    return value;
  });
  return `# Rendered from deploy/nginx.conf.template for build ${o.buildId}, ${o.upstreams.length} app process(es).\n${text}`;
}

/** The build id of a Next.js build folder (`.next/BUILD_ID`): what a deploy changes. */
export function readBuildId(distDir: string): string {
  return z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .parse(readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim());
}
