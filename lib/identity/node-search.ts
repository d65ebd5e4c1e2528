import type { Node } from '../ocn/reads'

/**
 * The listed nodes whose URL or operator address contains the query (case-insensitive), in the Registry's order.
 * The chosen node stays in the list whatever the query, so a search never silently changes the choice.
 */
export function nodesMatching(nodes: readonly Node[], query: string, chosen: string): Node[] {
  const needle = query.trim().toLowerCase()
  if (needle === '') return [...nodes]
  const keep = chosen.toLowerCase()
  return nodes.filter(
    (node) => node.domain.toLowerCase().includes(needle) || node.operator.toLowerCase().includes(needle) || (keep !== '' && node.operator.toLowerCase() === keep),
  )
}
