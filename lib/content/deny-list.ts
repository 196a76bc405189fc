/**
 * Sites that are never a source (CONTENT.md, "Sourcing"): AI-generated wikis, content farms, mirrors of
 * someone else's article, SEO how-to mills. Zod-free and pure, shared by the parser, the content tests
 * and scripts/content-report.ts.
 */
export type DeniedDomain = {
  /** A host; it also matches every subdomain. A leading "*." matches subdomains only (e.g. "*.pages.dev"). */
  domain: string;
  reason: string;
};

export const DENY_LIST: readonly DeniedDomain[] = [
  { domain: "grokipedia.com", reason: "AI-generated encyclopedia; its articles are not checked by a named author" },
  { domain: "datastudios.org", reason: "content farm of machine-written explainers" },
  { domain: "legalclarity.org", reason: "content farm of generic legal explainers with no named expert" },
  { domain: "tipsmake.com", reason: "content farm that rewrites other sites' how-to articles" },
  { domain: "lireo.com", reason: "content farm of machine-written how-to pages" },
  { domain: "modernizingtech.com", reason: "SEO how-to mill" },
  { domain: "mycoding.id", reason: "content farm that republishes other outlets' articles" },
  { domain: "uncoversocial.com", reason: "SEO how-to mill about social networks" },
  { domain: "swipeinsight.app", reason: "aggregator that republishes other outlets' news items" },
  { domain: "supergrok.tech", reason: "unofficial fan site, not X or xAI; machine-written pages" },
  { domain: "lifewirewww.pages.dev", reason: "scraped mirror of a Lifewire article; cite the original outlet" },
  { domain: "*.pages.dev", reason: "free static hosting widely used for scraped mirrors of other sites' articles" },
  { domain: "*.vercel.app", reason: "free app hosting widely used for scraped mirrors of other sites' articles" },
  { domain: "redact.dev", reason: "a vendor's SEO page selling its own deletion tool" },
];

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return undefined;
  }
}

/** The deny-list entry that matches the URL's host (or one of its parent domains), with that host, if any. */
export function deniedSource(url: string, list: readonly DeniedDomain[] = DENY_LIST): (DeniedDomain & { host: string }) | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const entry = list.find(({ domain }) => {
    const d = domain.toLowerCase();
    if (d.startsWith("*.")) return host.endsWith(d.slice(1));
    return host === d || host.endsWith(`.${d}`);
  });
  return entry ? { ...entry, host } : undefined;
}

/** Wire services whose stories other sites republish: cited at their own address, never through a copy. */
const WIRE_HOSTS: readonly { name: RegExp; domain: string }[] = [
  { name: /\breuters\b/i, domain: "reuters.com" },
  { name: /\b(associated press|AP)\b/, domain: "apnews.com" },
  { name: /\bAFP\b|agence france-presse/i, domain: "afp.com" },
];

/**
 * Sources that are copies of another outlet's article (CONTENT.md: mirrors are never sources): a publisher or
 * title that says it is syndicated or mirrored, or a wire service's story cited at another site's address.
 */
export function mirrorSources<S extends { title: string; url: string; publisher?: string }>(sources: readonly S[]): S[] {
  return sources.filter((s) => {
    if (/syndicat|mirror|republish/i.test(`${s.publisher ?? ""} ${s.title}`)) return true;
    const host = hostOf(s.url);
    if (!host || !s.publisher) return false;
    return WIRE_HOSTS.some((wire) => wire.name.test(s.publisher!) && host !== wire.domain && !host.endsWith(`.${wire.domain}`));
  });
}
