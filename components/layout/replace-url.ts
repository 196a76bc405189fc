/**
 * Changing the address without a navigation, in a way Next.js's router survives.
 *
 * Once it has hydrated, the router hooks `history.replaceState`: it copies its own state onto the
 * entry and follows the new address (usePathname). A change made before that (a mount effect runs
 * before the router's; a field typed while the page hydrated) must keep the router's state itself:
 * an entry with a null state is one the router ignores on Back, leaving the previous page on screen.
 */
export function replaceUrl(url: string) {
  const hooked = !Function.prototype.toString.call(window.history.replaceState).includes("[native code]");
  window.history.replaceState(hooked ? null : window.history.state, "", url);
}
