/**
 * A link to another site: it opens in a new tab, and says so to screen readers in the page's language
 * (`newTab`, from the caller's catalogue). rel="external" marks it as leaving Untrain; noopener and
 * noreferrer keep the other site from reaching back into this tab or learning which page sent the reader.
 * No hooks, so server and client components both use it.
 */
export function ExternalLink({ href, newTab, className = "underline", title, children }: { href: string; newTab: string; className?: string; title?: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer external" title={title} className={className}>
      {children}
      <span className="sr-only"> {newTab}</span>
    </a>
  );
}
