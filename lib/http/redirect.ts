/**
 * Only same-site paths: an open redirect after sign-in would make phishing links look like ours.
 * The value is resolved against our own origin as a browser would (tabs, newlines and backslashes
 * included, which browsers strip or treat as slashes), and kept only if it stays on that origin.
 */
const PLACEHOLDER_ORIGIN = "https://untrain.invalid";

export function safeRedirectPath(value: unknown, fallback = "/checklist"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  // Control characters (also percent-encoded ones) and backslashes have no place in our paths.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || decoded.startsWith("//") || /^\/[\s/]/.test(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** An absolute URL on our site for a path that passed safeRedirectPath, or the site root. */
export function absoluteSiteUrl(siteUrl: string, value: unknown, fallback = "/checklist"): string {
  return `${siteUrl}${safeRedirectPath(value, fallback)}`;
}
