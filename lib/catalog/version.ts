/**
 * A catalog page's and the browser index's version: the hash of the chain's catalog, then the server's manifest
 * epoch (`<catalog>.<epoch>`). Only the catalog part decides whether the browser may take over from the server:
 * an index of another snapshot could show services that are gone, but one whose manifest answers are newer than
 * the page's shows the same services, with fresher summaries. While the server is still fetching a large catalog's
 * manifests the epoch moves every few seconds; requiring it to match too would keep search on the server.
 */
export function catalogIndexVersion(catalogHash: string, manifestEpoch: number): string {
  return `${catalogHash}.${manifestEpoch}`
}

export function sameCatalog(a: string, b: string): boolean {
  return catalogPart(a) === catalogPart(b)
}

function catalogPart(version: string): string {
  const dot = version.lastIndexOf('.')
  return dot < 0 ? version : version.slice(0, dot)
}
