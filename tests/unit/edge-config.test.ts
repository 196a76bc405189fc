/** The nginx configuration deploy/nginx.ts renders: the promises of issue 20 that can be read off the text. */
import { describe, expect, it } from "vitest";
import { renderNginxConfig, type EdgeConfig } from "../../deploy/nginx.ts";

const base: EdgeConfig = {
  listen: { host: "127.0.0.1", port: 8080 },
  serverName: "untrain.example",
  upstreams: [
    { host: "127.0.0.1", port: 3001 },
    { host: "127.0.0.1", port: 3002 },
  ],
  prefix: "/srv/edge",
  cacheDir: "/srv/edge/cache",
  buildId: "build-A",
};

describe("renderNginxConfig", () => {
  it("starts every page's cache key with the build id, so a new build never answers from an old one's entries", () => {
    const a = renderNginxConfig(base);
    const b = renderNginxConfig({ ...base, buildId: "build-B" });
    const pageKey = (text: string) => /proxy_cache_key "([^"]+)";/.exec(text)?.[1];
    expect(pageKey(a)).toMatch(/^build-A\|/);
    expect(pageKey(b)).toMatch(/^build-B\|/);
    expect(pageKey(a)).toContain("$http_rsc");
  });

  it("lists every app process with a fail timeout and keeps connections to them alive", () => {
    const text = renderNginxConfig(base);
    expect(text).toContain("server 127.0.0.1:3001 max_fails=1 fail_timeout=2s;");
    expect(text).toContain("server 127.0.0.1:3002 max_fails=1 fail_timeout=2s;");
    expect(text).toMatch(/keepalive \d+;/);
    expect(text).toContain("proxy_next_upstream_tries 2;");
    // Never `non_idempotent`: a POST that reached a process is not sent again.
    expect(text).not.toMatch(/proxy_next_upstream [^;]*non_idempotent/);
  });

  it("never caches the personal routes and keeps the app's security headers on its own answers", () => {
    const text = renderNginxConfig(base);
    expect(text).toMatch(/location \^~ \/api\/ \{[^}]*proxy_cache off;/);
    // In every language: /de/checklist is as personal as /checklist.
    expect(text).toMatch(/location ~ \^\/\(\(de\|fr\|es\|it\)\/\)\?\(checklist\|account\|editor\|signin\) \{[^}]*proxy_cache off;/);
    expect(text).toContain("proxy_no_cache $untrain_has_session $untrain_is_action;");
    expect(text).toContain('add_header Content-Security-Policy "default-src');
    expect(text).not.toMatch(/\{\{[A-Z_]+\}\}/);
  });

  it("refuses a value that could add a directive", () => {
    expect(() => renderNginxConfig({ ...base, serverName: "a; include /etc/passwd" })).toThrow();
    expect(() => renderNginxConfig({ ...base, buildId: 'x" ; y' })).toThrow();
    expect(() => renderNginxConfig({ ...base, upstreams: [] })).toThrow();
    expect(() => renderNginxConfig({ ...base, prefix: "relative/path" })).toThrow();
  });
});
