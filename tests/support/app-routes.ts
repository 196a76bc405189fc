/**
 * What the app/ tree exposes, read from the source files (no build needed): route handlers with
 * their HTTP methods, "use server" modules with their exported actions, and pages that depend on
 * who is signed in. The authorization matrix compares this with its expectations, so a new endpoint
 * cannot be forgotten.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");
const SOURCE = /\.(tsx?|jsx?|mjs)$/;
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** The repository-relative path with forward slashes, as the build's manifests write it. */
export function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

/** app/(group)/a/[slug]/page.tsx → /a/[slug]; route groups, @slots and the [locale] segment (English is unprefixed) do not show in the URL. */
export function urlPathOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@") && s !== "[locale]");
  return `/${segments.join("/")}`;
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Names a module exports (functions, consts, `export { a, b as c }`), without type-only exports. */
export function exportedNames(source: string): string[] {
  const code = withoutComments(source);
  const names = new Set<string>();
  for (const m of code.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g)) names.add(m[1]!);
  for (const m of code.matchAll(/export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]!);
  for (const m of code.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const item = part.trim();
      if (!item || item.startsWith("type ")) continue;
      const alias = item.split(/\s+as\s+/).pop()!.trim();
      if (alias) names.add(alias);
    }
  }
  if (/export\s+default\b/.test(code)) names.add("default");
  return [...names];
}

export type RouteHandler = { file: string; path: string; methods: string[] };

/** Every route.ts under app/ with the HTTP methods it exports. */
export function routeHandlers(): RouteHandler[] {
  return walk(APP)
    .filter((f) => /^route\.(tsx?|jsx?|mjs)$/.test(path.basename(f)))
    .map((file) => {
      const names = exportedNames(readFileSync(file, "utf8"));
      return { file: relative(file), path: urlPathOf(file), methods: HTTP_METHODS.filter((m) => names.includes(m)) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A module-level "use server" directive: the first statement of the file. */
export function isUseServerModule(source: string): boolean {
  return /^\s*(?:(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*["']use server["']/.test(source);
}

/** "use server" inside a function body (an inline action). */
export function hasInlineUseServer(source: string): boolean {
  const code = withoutComments(source);
  return !isUseServerModule(source) && /["']use server["']/.test(code);
}

export type ServerActionSource = { file: string; exportedName: string };

/** Exported functions of every "use server" module under app/ (and lib/, components/ if any). */
export function serverActionSources(): { actions: ServerActionSource[]; inline: string[] } {
  const files = ["app", "lib", "components"]
    .map((d) => path.join(ROOT, d))
    .filter(existsSync)
    .flatMap(walk)
    .filter((f) => SOURCE.test(f) && !f.includes(`${path.sep}generated${path.sep}`));
  const actions: ServerActionSource[] = [];
  const inline: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    if (isUseServerModule(source)) for (const name of exportedNames(source)) actions.push({ file: relative(file), exportedName: name });
    else if (hasInlineUseServer(source)) inline.push(relative(file));
  }
  return { actions: actions.sort((a, b) => `${a.file}#${a.exportedName}`.localeCompare(`${b.file}#${b.exportedName}`)), inline };
}

export type Page = { file: string; path: string; perUser: boolean; via: string | null };

/** Non-type imports of a module that point into the project ("@/…" or relative). */
function localImports(file: string): string[] {
  const code = withoutComments(readFileSync(file, "utf8"));
  const specs = [...code.matchAll(/import\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']/g), ...code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  const resolved: string[] = [];
  for (const spec of specs) {
    const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : null;
    if (!base) continue;
    const candidates = [base, ...[".ts", ".tsx", ".js", ".mjs"].map((e) => base + e), ...["index.ts", "index.tsx"].map((i) => path.join(base, i))];
    const hit = candidates.find((c) => existsSync(c) && SOURCE.test(c));
    if (hit) resolved.push(hit);
  }
  return resolved;
}

const GATE = path.join(ROOT, "lib/auth/current-user.ts");

/**
 * Whether a page depends on who is signed in: it imports the auth gate (lib/auth/current-user), directly
 * or through lib/ modules it imports (not through components or action modules, which are checked
 * as endpoints of their own). `via` names the module that led to the gate.
 */
function reachesGate(file: string): string | null {
  const seen = new Set<string>();
  const queue: { file: string; via: string | null }[] = [{ file, via: null }];
  while (queue.length) {
    const next = queue.shift()!;
    for (const dep of localImports(next.file)) {
      if (dep === GATE) return next.via ?? relative(GATE);
      if (seen.has(dep) || !dep.startsWith(path.join(ROOT, "lib") + path.sep)) continue;
      seen.add(dep);
      queue.push({ file: dep, via: next.via ?? relative(dep) });
    }
  }
  return null;
}

/** Every page.tsx under app/, flagged when it depends on who is signed in. */
export function pages(): Page[] {
  return walk(APP)
    .filter((f) => /^page\.(tsx?|jsx?|mdx?)$/.test(path.basename(f)))
    .map((file) => {
      const via = reachesGate(file);
      return { file: relative(file), path: urlPathOf(file), perUser: via !== null, via };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
