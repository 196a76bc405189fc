import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * One way to build an internal address (issue 17): lib/paths.ts. A string or template that starts
 * with `/guides/…` or `/signin?` anywhere else in the app is a hand-built path and an error. The one
 * exception is the search index's static file (`/guides/index.json`), whose address its builder owns.
 */
const HAND_BUILT_PATH = "^\\/(guides\\/(?!index\\.json$)|guides\\?|signin\\?)";
const PATH_MESSAGE = "Build internal paths with lib/paths.ts (guidePath, stepPath, searchPath, signInPath, …), not by hand.";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".data/**", "lib/generated/**", "next-env.d.ts"] },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["lib/paths.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: `Literal[value=/${HAND_BUILT_PATH}/]`, message: PATH_MESSAGE },
        { selector: `TemplateLiteral > TemplateElement:first-child[value.raw=/${HAND_BUILT_PATH}/]`, message: PATH_MESSAGE },
      ],
    },
  },
];

export default config;
