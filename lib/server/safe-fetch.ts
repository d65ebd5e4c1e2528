import { lookup as dnsLookup } from 'node:dns/promises'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { MANIFEST_MAX_BYTES } from '../manifest/types'
import type { FetchOutcome } from '../manifest/verify'
import { classifyAddress } from '../security/public-address'

export type { FetchOutcome }

export type FetchPolicy = {
  /** Only for the local demo network: plain http and loopback/private addresses allowed. */
  allowLocal: boolean
  /** For the whole fetch, redirects and body included. */
  timeoutMs: number
  maxBytes: number
}

export const MANIFEST_TIMEOUT_MS = 5_000
const MAX_REDIRECTS = 3

export function manifestFetchPolicy(allowLocal: boolean): FetchPolicy {
  return { allowLocal, timeoutMs: MANIFEST_TIMEOUT_MS, maxBytes: MANIFEST_MAX_BYTES }
}

export type ResolvedAddress = { address: string; family: number }

export type SafeFetchDeps = {
  /** Every address a name resolves to (tests map made-up names onto loopback). */
  lookup?: (hostname: string) => Promise<ResolvedAddress[]>
  /** Extra trusted certificate authorities (tests run a loopback https server with a certificate of their own). */
  ca?: string
}

class Refused extends Error {}

async function systemLookup(hostname: string): Promise<ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true })
}

function familyOf(address: string): 4 | 6 {
  return address.includes(':') ? 6 : 4
}

/**
 * GET a provider's manifest without letting its URL reach into the server's own network: https only (http too on
 * the local network), every address the name resolves to must be public (checked after resolution), the
 * connection goes to the address that was checked (no second lookup a rebinding DNS server could answer
 * differently), redirects only within the same origin (at most 3), JSON only, at most `maxBytes`, and one deadline
 * for all of it. Never throws: every way it can go wrong is a `failed` outcome with a plain reason.
 */
export async function safeFetch(url: string, policy: FetchPolicy, deps: SafeFetchDeps = {}): Promise<FetchOutcome> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs)
  // One resolution per fetch: a same-origin redirect goes back to the address already checked.
  const resolved = new Map<string, ResolvedAddress[]>()
  try {
    let current = parseTarget(url, policy)
    for (let redirects = 0; ; redirects++) {
      let addresses = resolved.get(current.hostname)
      if (!addresses) {
        addresses = await resolveChecked(current.hostname, policy, deps)
        resolved.set(current.hostname, addresses)
      }
      const response = await request(current, addresses, policy, deps, controller.signal)
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400 && response.headers.location !== undefined) {
        response.destroy()
        if (redirects >= MAX_REDIRECTS) return failed(`more than ${MAX_REDIRECTS} redirects`)
        let next: URL
        try {
          next = new URL(response.headers.location, current)
        } catch {
          return failed('the server redirects to an address that is not a URL')
        }
        if (next.origin !== current.origin) return failed('redirects to another origin are not followed')
        current = next
        continue
      }
      return await readBody(response, status, policy, controller.signal)
    }
  } catch (error) {
    if (controller.signal.aborted) return failed(`no answer within ${formatSeconds(policy.timeoutMs)}`)
    if (error instanceof Refused) return failed(error.message)
    return failed(describeNetworkError(error))
  } finally {
    clearTimeout(timer)
  }
}

function failed(reason: string): FetchOutcome {
  return { kind: 'failed', reason }
}

function parseTarget(url: string, policy: FetchPolicy): URL {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    throw new Refused('the address is not a URL')
  }
  if (target.protocol !== 'https:' && !(policy.allowLocal && target.protocol === 'http:')) {
    throw new Refused(policy.allowLocal ? 'only http and https addresses are fetched' : 'only https addresses are fetched')
  }
  if (target.username || target.password) throw new Refused('addresses with a user name or password are not fetched')
  return target
}

/** The WHATWG parser has already turned `0x7f.1` and `2130706433` into `127.0.0.1`, and keeps IPv6 in brackets. */
function literalAddress(host: string): string | null {
  if (host.startsWith('[')) return host.slice(1, -1)
  return /^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : null
}

async function resolveChecked(host: string, policy: FetchPolicy, deps: SafeFetchDeps): Promise<ResolvedAddress[]> {
  const literal = literalAddress(host)
  let addresses: ResolvedAddress[]
  if (literal !== null) {
    addresses = [{ address: literal, family: familyOf(literal) }]
  } else {
    try {
      addresses = await (deps.lookup ?? systemLookup)(host)
    } catch {
      throw new Refused(`the name ${host} does not resolve`)
    }
    if (addresses.length === 0) throw new Refused(`the name ${host} does not resolve`)
  }
  if (!policy.allowLocal) {
    // Every address, not just the first: the client connecting could be handed any of them.
    for (const { address } of addresses) {
      const verdict = classifyAddress(address)
      if (!verdict.public) {
        const subject = literal !== null ? 'the address' : `${host} resolves to`
        throw new Refused(`${subject} ${address} is ${verdict.reason}: manifests are fetched only from public addresses`)
      }
    }
  }
  return addresses
}

function request(target: URL, addresses: ResolvedAddress[], policy: FetchPolicy, deps: SafeFetchDeps, signal: AbortSignal): Promise<IncomingMessage> {
  // Node asks for one address or, trying them in turn (autoSelectFamily, on by default), for all: either way only
  // the checked ones, never a new lookup.
  const pinned = ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses.map(({ address, family }) => ({ address, family })))
    else callback(null, addresses[0].address, addresses[0].family)
  }) as unknown as LookupFunction
  const hostname = literalAddress(target.hostname) ?? target.hostname
  const options: https.RequestOptions = {
    method: 'GET',
    hostname,
    port: target.port || undefined,
    path: `${target.pathname}${target.search}`,
    headers: { accept: 'application/json', 'accept-encoding': 'identity', 'user-agent': 'ocn-marketplace-manifest-check' },
    lookup: pinned,
    // A pooled socket could outlive this check; each fetch opens its own.
    agent: false,
    signal,
    ...(target.protocol === 'https:' ? { servername: literalAddress(target.hostname) === null ? target.hostname : undefined, ...(deps.ca ? { ca: deps.ca } : {}) } : {}),
  }
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.request(options, resolve)
    req.on('error', reject)
    req.end()
  })
}

async function readBody(response: IncomingMessage, status: number, policy: FetchPolicy, signal: AbortSignal): Promise<FetchOutcome> {
  if (status === 404 || status === 410) {
    response.destroy()
    return { kind: 'missing', reason: `the server answered ${status}: no manifest there` }
  }
  if (status < 200 || status >= 300) {
    response.destroy()
    return failed(`the server answered ${status}`)
  }
  const mediaType = (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) {
    response.destroy()
    return failed(mediaType ? `the server answered with ${mediaType.slice(0, 100)}, not JSON` : 'the server did not say what it answered (no content type)')
  }
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase()
  if (encoding !== 'identity') {
    response.destroy()
    return failed('the server compressed its answer although asked not to')
  }
  const tooLarge = failed(`the manifest is larger than ${Math.floor(policy.maxBytes / 1024)} KiB`)
  const declared = Number(response.headers['content-length'])
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    response.destroy()
    return tooLarge
  }
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length
    if (total > policy.maxBytes) {
      // Stop reading: a server streaming forever costs one socket until here, no more.
      response.destroy()
      return tooLarge
    }
    chunks.push(chunk)
  }
  if (signal.aborted) throw new Error('aborted')
  return { kind: 'body', bytes: new Uint8Array(Buffer.concat(chunks, total)) }
}

function describeNetworkError(error: unknown): string {
  const code = (error as { code?: unknown })?.code
  switch (code) {
    case 'ECONNREFUSED':
      return 'the server refused the connection'
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the server closed the connection'
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the server cannot be reached'
    case 'ETIMEDOUT':
      return 'the connection timed out'
  }
  if (typeof code === 'string' && (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('UNABLE_TO_') || code.startsWith('ERR_SSL'))) {
    return `the server's TLS certificate is not valid for it (${code})`
  }
  if (typeof code === 'string' && code.startsWith('HPE_')) return 'the server answered with malformed HTTP'
  return typeof code === 'string' ? `the fetch failed (${code})` : 'the fetch failed'
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}
