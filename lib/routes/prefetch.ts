/**
 * Whether a link may prefetch its target. Next prefetches every visible <Link> in production, and prefetching a
 * dynamic page renders it on the server; for a page that reads the chain, each card on the catalog would cost
 * the server (and the RPC) a render of every service and party page it links to. Only pages whose server render
 * reads nothing from the chain are worth prefetching; everything else, including any page added later, loads
 * when it is clicked.
 */
const CHAIN_FREE_PAGES: ReadonlySet<string> = new Set(['/agreements', '/identity', '/provider', '/relay'])

/** Next's `prefetch` prop for a link to `href`: its default where that is cheap, off where the target reads the chain. */
export function prefetchFor(href: string): false | null {
  return CHAIN_FREE_PAGES.has(pathOf(href)) ? null : false
}

/**
 * The path of an app link, without its query, hash and trailing slash. A catalog page renders a few hundred links,
 * so a path of plain characters is cut as a string; anything the URL parser would rewrite (dots, backslashes,
 * percent escapes, `//host`, a full URL) goes through the parser.
 */
function pathOf(href: string): string {
  const plain = /^\/(?!\/)[\w\-~/]*(?=[?#]|$)/.exec(href)?.[0]
  return (plain ?? new URL(href, 'http://app.invalid').pathname).replace(/\/+$/, '') || '/'
}
