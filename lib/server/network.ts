import 'server-only'
import { cookies } from 'next/headers'
import { cache } from 'react'
import { createReadContext } from '../chain/client'
import type { Hex } from 'viem'
import { type Network, networkKey } from '../chain/networks'
import { headWatchUrl } from '../chain/head-watch-url'
import { readTtlMs } from '../chain/read-ttl'
import { type CurrentSelection, NETWORK_COOKIE, networkSettings, readNetworkCookie, selectNetwork } from '../chain/selection'
import { type HeadWatch, watchHeads } from '../reads/head-watch'
import { type Snapshot, SnapshotCache } from '../reads/snapshot-cache'
import { type ConfirmWrite, createWriteConfirmations, type WriteCheck } from '../reads/write-confirmation'
import { load, type Loaded } from './load'

/** Read at request time (once per request), so one build serves any network its environment names. */
export const currentSelection = cache(async (): Promise<CurrentSelection> => {
  const settings = networkSettings(process.env)
  const selection = selectNetwork(readNetworkCookie((await cookies()).get(NETWORK_COOKIE)?.value), settings)
  return { ...selection, ...settings }
})

export async function currentNetwork(): Promise<Network> {
  return (await currentSelection()).network
}

/** A network's shared read cache and the check that lets a confirmed write refresh it. */
type ServerReads = { cache: SnapshotCache; confirmWrite: ConfirmWrite; progress: { lastAnswerAt: number }; watch: HeadWatch | null }

/**
 * One cache per network the server reads: the deployment's and the fixed public presets, never an address a
 * visitor typed (selectNetwork hands those to the browser), so this map stays a handful of entries, each holding
 * one snapshot. Next bundles every page and route handler with its own copy of this module: the map lives on
 * globalThis so that they all share it, and a write announced to the route handler refreshes every page.
 */
const READS_KEY = Symbol.for('ocn-marketplace.server-reads')
const reads: Map<string, ServerReads> = ((globalThis as { [READS_KEY]?: Map<string, ServerReads> })[READS_KEY] ??= new Map())
// `next dev` evaluates this module again after an edit: pieces read by the old code must not outlive it, nor
// their sockets.
if (process.env.NODE_ENV === 'development') {
  reads.forEach((entry) => entry.watch?.close())
  reads.clear()
}

function serverReads(network: Network): ServerReads {
  const key = `${networkKey(network)}@${network.rpcUrl}`
  let entry = reads.get(key)
  if (!entry) {
    const progress = { lastAnswerAt: 0 }
    const ctx = createReadContext(network, {
      onAnswer: () => {
        progress.lastAnswerAt = Date.now()
      },
    })
    const ttlMs = readTtlMs(network, process.env)
    // One socket per network, opened by its first read. With a TTL of 0 every view asks anyway: no socket then.
    const wsUrl = ttlMs > 0 ? headWatchUrl(network, process.env) : null
    const watch = wsUrl ? watchHeads(wsUrl, { onStale: () => cache.markStale() }) : null
    const cache = new SnapshotCache(ctx, { ttlMs, headsPushed: () => watch?.live() ?? false })
    entry = { cache, confirmWrite: createWriteConfirmations(ctx, () => cache.invalidate()), progress, watch }
    reads.set(key, entry)
  }
  return entry
}

/** One snapshot per request: a page and its metadata, or a page's several reads, share one head check. */
const requestSnapshot = cache((key: string, network: Network) => serverReads(network).cache.snapshot())

/**
 * A page's chain reads on the server, derived from the shared snapshot within the page's time budget. `result` is
 * null when the visitor chose a custom RPC: the server sends it nothing, and the page's client component reads it
 * from the browser.
 */
export async function readOnServer<T>(view: (snapshot: Snapshot) => Promise<T>): Promise<{ network: Network; result: Loaded<T> | null }> {
  const { network, reader } = await currentSelection()
  if (reader === 'browser') return { network, result: null }
  // While the RPC keeps answering (a large network's first read), the budget counts from its last answer.
  const { progress } = serverReads(network)
  const read = async () => view(await requestSnapshot(networkKey(network), network))
  return { network, result: await load(network, read, { lastAnswerAt: () => progress.lastAnswerAt }) }
}

/** A write the browser saw confirmed, checked on the network this visitor's pages are read from; null: not read here. */
export async function confirmWriteOnServer(hash: Hex): Promise<WriteCheck | null> {
  const { network, reader } = await currentSelection()
  if (reader === 'browser') return null
  return serverReads(network).confirmWrite(hash)
}
