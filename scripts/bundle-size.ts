// Client JavaScript per page, measured from what a production server actually sends. Next 16 no longer prints
// "First Load JS", and the served HTML is what decides which scripts a browser fetches on first load.
import { gzipSync } from 'node:zlib'

export type ScriptSize = { url: string; raw: number; gzip: number }
export type PageBundle = { path: string; scripts: ScriptSize[]; raw: number; gzip: number }

const TAG = /<(script|link)\b([^>]*)>/gi
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }

/** React escapes `&` in attribute values, and a URL with a query string would otherwise not resolve. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
    return ENTITIES[name.toLowerCase()] ?? entity
  })
}

/** HTML attribute names are case-insensitive: React writes `noModule`, a hand-written page `nomodule`. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase()
    if (!attributes.has(key)) attributes.set(key, decodeEntities(double ?? single ?? bare ?? ''))
  }
  return attributes
}

/** The script a tag makes the browser download, if any. */
function scriptSource(tag: string, attributes: Map<string, string>): string | undefined {
  if (tag === 'script') {
    // Modern browsers skip nomodule scripts (legacy polyfills), so they are not part of what a user downloads.
    return attributes.has('nomodule') ? undefined : attributes.get('src')
  }
  const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
  const as = (attributes.get('as') ?? '').toLowerCase()
  // modulepreload fetches a script whatever its `as`; plain preload also fetches styles and fonts.
  if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) return attributes.get('href')
  return undefined
}

/** Every distinct script the page makes the browser fetch up front, as absolute URLs in document order. */
export function scriptUrls(html: string, base: string): string[] {
  const urls = new Set<string>()
  for (const [, tag, attributeText] of html.matchAll(TAG)) {
    const source = scriptSource(tag.toLowerCase(), parseAttributes(attributeText))
    if (source?.trim()) urls.add(new URL(source.trim(), base).href)
  }
  return [...urls]
}

export function gzipSize(body: Uint8Array): number {
  return gzipSync(body, { level: 9 }).length
}

export function sumSizes(scripts: readonly ScriptSize[]): { raw: number; gzip: number } {
  return scripts.reduce((total, script) => ({ raw: total.raw + script.raw, gzip: total.gzip + script.gzip }), { raw: 0, gzip: 0 })
}

/** Largest first by gzip size, since that is what crosses the network. */
export function largestScripts(scripts: readonly ScriptSize[], count: number): ScriptSize[] {
  return [...scripts].sort((a, b) => b.gzip - a.gzip).slice(0, count)
}

async function fetchOk(url: string, fetchFn: typeof fetch): Promise<Response> {
  const response = await fetchFn(url, { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}.`)
  return response
}

/**
 * Fetches each page and the scripts it loads. Pages share most chunks, so each distinct script is fetched once
 * and reused. fetch undoes the server's own compression, so `raw` is the script's size on disk.
 */
export async function measureBundles(baseUrl: string, paths: readonly string[], fetchFn: typeof fetch = fetch): Promise<PageBundle[]> {
  const scripts = new Map<string, Promise<ScriptSize>>()
  const measureScript = async (url: string): Promise<ScriptSize> => {
    const body = new Uint8Array(await (await fetchOk(url, fetchFn)).arrayBuffer())
    return { url, raw: body.length, gzip: gzipSize(body) }
  }

  const measureOnce = (url: string): Promise<ScriptSize> => {
    const known = scripts.get(url)
    if (known) return known
    const measured = measureScript(url)
    scripts.set(url, measured)
    return measured
  }

  const pages: PageBundle[] = []
  for (const path of paths) {
    const pageUrl = new URL(path, baseUrl).href
    const html = await (await fetchOk(pageUrl, fetchFn)).text()
    const sizes = await Promise.all(scriptUrls(html, pageUrl).map(measureOnce))
    pages.push({ path, scripts: sizes, ...sumSizes(sizes) })
  }
  return pages
}
