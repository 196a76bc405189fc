/**
 * The import boundaries of the house (issue 17; docs/architecture.md), checked by `npm test`
 * (`npx depcruise app components lib proxy.ts instrumentation.ts`). Floors only import downwards:
 * app → components → lib; and code that runs in the browser never reaches server code.
 */

/** Modules that run in the browser: each domain's store, localStorage rules and API client, and the pure rules they use. */
const BROWSER = [
  "^lib/progress/(store|local)\\.ts$",
  "^lib/plan/(client|local|reader-plan|region-sync|region-store|reader-region|rules|walkthrough|index-file)\\.ts$",
  "^lib/auth/page-session\\.ts$",
  "^lib/(paths|format)\\.ts$",
  "^lib/content/(constants|search|search-index|steps)\\.ts$",
];

/** Server code: the database, mail, jobs, sessions, route and action envelopes, env, and server-only packages. */
const SERVER = [
  "^lib/(db|jobs|mail)/",
  "^lib/[^/]+/(server|actions)\\.ts$",
  "^lib/auth/(auth-js|session|current-user|sign-in-limit|sign-in-link)\\.ts$",
  "^lib/http/(handler|action|rate-limit|client-address|peer-address)\\.ts$",
  "^lib/env\\.ts$",
  "^lib/generated/",
  "(^|/)node_modules/(server-only|pg|@prisma|next-auth|@auth|nodemailer|rate-limiter-flexible)/",
];

module.exports = {
  forbidden: [
    {
      name: "lib-imports-no-ui",
      comment: "lib/ holds the domains; it never imports components/ or app/ (a domain owns its actions: lib/<domain>/actions.ts).",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(components|app)/" },
    },
    {
      name: "components-import-no-app",
      comment: "components/ never imports app/: server actions live in lib/<domain>/actions.ts.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "browser-reaches-no-server",
      comment: "A browser store or the pure rules it uses never reach server code, directly or through another module.",
      severity: "error",
      from: { path: BROWSER },
      to: { path: SERVER, reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^lib/generated/" },
    // Type-only imports are erased before anything runs, so they cross no boundary.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs"] },
  },
};
