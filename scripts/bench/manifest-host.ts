// The manifests part's provider side: one loopback HTTP server hosting a distinct manifest (with its own logo) for
// every bulk service, and counting what the app fetches. Nothing here is the app's code: it plays the providers.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { crc32, deflateSync } from 'node:zlib'
import { bulkParty } from '../../lib/devnet/bulk'
import { sha256Base64 } from '../../lib/manifest/integrity'
import { serializeManifest } from '../../lib/manifest/schema'
import { CATEGORIES, PRICING_MODELS, type ManifestState, type ServiceManifest } from '../../lib/manifest/types'

/** Of every ten services: four commit their manifest's hash, five commit none, one commits an earlier version's. */
export function expectedState(index: number): Extract<ManifestState, 'verified' | 'unverified' | 'changed'> {
  const slot = index % 10
  return slot < 4 ? 'verified' : slot < 9 ? 'unverified' : 'changed'
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A real 16x16 PNG in a colour of its own, so each of the thousand logos has its own bytes and hash. */
export function benchLogoPng(index: number): Buffer {
  const size = 16
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  const rgb = [(index * 67) % 256, (index * 151) % 256, Math.floor(index / 256) % 256]
  const row = Buffer.from([0, ...Array.from({ length: size }, () => rgb).flat()])
  const pixels = Buffer.concat(Array.from({ length: size }, () => row))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(pixels)), pngChunk('IEND', Buffer.alloc(0))])
}

/** `earlier`: the revision a "changed" service committed before the provider replaced it. */
export function benchManifest(index: number, earlier = false): ServiceManifest {
  const { name } = bulkParty(index).service
  return {
    manifestVersion: 1,
    tagline: `${name}: OCPI service number ${index}${earlier ? ' (earlier revision)' : ''}`,
    description: `${name} is one of the bench's providers.\n\nIts manifest is hosted on a loopback server the bench runs, so the app fetches it for real.`,
    categories: [CATEGORIES[index % CATEGORIES.length], CATEGORIES[(index + 3) % CATEGORIES.length]],
    pricing: { model: PRICING_MODELS[index % PRICING_MODELS.length], text: `Plan ${index % 7}` },
    termsUrl: `https://terms.bench.example/${index}`,
    privacyUrl: `https://terms.bench.example/${index}/dpa`,
    support: { email: `support-${index}@bench.example` },
    countries: ['DE', 'NL', 'FR'].slice(0, 1 + (index % 3)),
    ocpiVersions: ['2.2.1'],
    logo: `data:image/png;base64,${benchLogoPng(index).toString('base64')}`,
  }
}

export function benchManifestBytes(index: number): Buffer {
  return Buffer.from(serializeManifest(benchManifest(index)))
}

/** What service `index`'s URL commits: the hosted bytes' hash, an earlier revision's ("changed"), or nothing. */
export async function benchCommitment(index: number): Promise<string | null> {
  const state = expectedState(index)
  if (state === 'verified') return sha256Base64(benchManifestBytes(index))
  if (state === 'changed') return sha256Base64(serializeManifest(benchManifest(index, true)))
  return null
}

export type ManifestHost = {
  origin: string
  /** The on-chain URL of bulk service `index`: its manifest, with the hash fragment its expected state calls for. */
  serviceUrl: (index: number) => string
  /** Requests answered since the last reset, in all and per manifest path. */
  fetches: () => number
  /** performance.now() of the latest request, 0 before any. */
  lastFetchAt: () => number
  duplicateFetches: () => number
  reset: () => void
  stop: () => Promise<void>
}

const PATH = /^\/bench\/(\d+)\.json$/

/** Starts the host on 127.0.0.1:`port` for bulk indices [first, first + count). */
export async function startManifestHost(port: number, first: number, count: number): Promise<ManifestHost> {
  const bodies = new Map<number, Buffer>()
  const commitments = new Map<number, string>()
  for (let index = first; index < first + count; index++) {
    bodies.set(index, benchManifestBytes(index))
    const digest = await benchCommitment(index)
    if (digest) commitments.set(index, digest)
  }
  const perPath = new Map<string, number>()
  let total = 0
  let lastAt = 0
  const server: Server = createServer((request, response) => {
    const path = request.url ?? ''
    total += 1
    lastAt = performance.now()
    perPath.set(path, (perPath.get(path) ?? 0) + 1)
    const body = bodies.get(Number(PATH.exec(path)?.[1] ?? Number.NaN))
    if (request.method !== 'GET' || !body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not hosted here')
      return
    }
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    serviceUrl: (index) => {
      const digest = commitments.get(index)
      return `${origin}/bench/${index}.json${digest ? `#sha256-${digest}` : ''}`
    },
    fetches: () => total,
    lastFetchAt: () => lastAt,
    duplicateFetches: () => [...perPath.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    reset: () => {
      total = 0
      lastAt = 0
      perPath.clear()
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
