import type { Node } from './reads'
import { safeExternalUrl } from './untrusted'

/**
 * Node URLs in one canonical form. The Registry compares domains byte for byte, so `HTTP://Node.example:443/`
 * and `https://node.example` would be two different nodes to it, and to every node that routes by the listing.
 * The form stored is the WHATWG URL serialisation (lower-case scheme and host, punycode for IDN hosts, default
 * port dropped, path percent-encoded) without trailing slashes: ocn-node's own `ocn.node.url` is written that
 * way (`http://localhost:8080`) and nodes append their paths to it (`/ocpi/...`, `/ocn/...`), so a trailing
 * slash would produce `//ocpi`. A node URL is a base address: no credentials, query or fragment.
 */
export type CanonicalNodeUrl = { ok: true; url: string } | { ok: false; problem: string }

export function canonicalNodeUrl(input: string): CanonicalNodeUrl {
  const value = input.trim()
  if (value === '') return { ok: false, problem: 'Enter the URL of your OCN node.' }
  // Credentials first: safeExternalUrl refuses them too, and its message would not say why.
  const parsed = URL.canParse(value) ? new URL(value) : null
  if (parsed && (parsed.username || parsed.password)) {
    return { ok: false, problem: 'A node URL must not contain a user name or password (user:pass@).' }
  }
  const href = /\s/.test(value) ? null : safeExternalUrl(value)
  if (!href) {
    return { ok: false, problem: 'Enter a full http:// or https:// URL without spaces or hidden characters, for example https://node.example.com.' }
  }
  const url = new URL(href)
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    return { ok: false, problem: 'A node URL is a base address: remove the ?query or #fragment.' }
  }
  return { ok: true, url: url.href.replace(/\/+$/, '') }
}

/** What two listed domains are compared by: their canonical form, or the raw text when they have none. */
export function nodeUrlKey(domain: string): string {
  const canonical = canonicalNodeUrl(domain)
  return canonical.ok ? canonical.url : domain
}

/**
 * For each listed node, the other listed nodes whose URL differs from its own only in spelling (same canonical
 * form): one of them at most is the URL the node really answers at, and a party may pick the wrong one.
 */
export function spellingTwins(nodes: readonly Node[]): Map<string, Node[]> {
  const byKey = new Map<string, Node[]>()
  for (const node of nodes) {
    const key = nodeUrlKey(node.domain)
    byKey.set(key, [...(byKey.get(key) ?? []), node])
  }
  const twins = new Map<string, Node[]>()
  for (const group of byKey.values()) {
    if (group.length < 2) continue
    for (const node of group) twins.set(node.operator, group.filter((other) => other !== node))
  }
  return twins
}
