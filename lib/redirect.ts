/** Only same-site paths: an open redirect after sign-in would make phishing links look like ours. */
export function safeRedirectPath(value: string | undefined | null, fallback = "/checklist"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
