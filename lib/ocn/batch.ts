import {
  type Abi,
  type Address,
  BaseError,
  type ContractFunctionParameters,
  HttpRequestError,
  type MulticallResults,
  type PublicClient,
  TimeoutError,
} from 'viem'

export type ReadContext = {
  client: PublicClient
  registry: Address
  permissions: Address
  /** Null on chains without Multicall3 (Volta, Energy Web Chain): reads then go deployless. */
  multicall3: Address | null
  /** Reads at this block instead of 'latest': a snapshot patched from logs must describe the head it was checked at. */
  blockNumber?: bigint
}

/**
 * Calls per eth_call. With Multicall3 the bound is gas: RPCs cap one eth_call (anvil at its 30M block gas limit,
 * geth at 50M). Measured on 1,000 services: getService costs about 43k gas, getPartyDetailsByAddress 22k,
 * hasUserAgreementByAddress 7k, so 200 calls stay under 9M, a third of anvil's cap.
 * Deployless multicall returns its results as contract code, which the EVM caps at 24,576 bytes: each result
 * takes about 550 bytes with its Multicall3 framing (a party with many modules about 1,000), so 30 calls fill
 * about 16 KB and leave room for longer names and URLs.
 */
export const CALLS_PER_MULTICALL = 200
export const CALLS_PER_DEPLOYLESS_MULTICALL = 30

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

type Call = ContractFunctionParameters<Abi>

/** What a list of calls returns: each call's result typed by its ABI, function name and arguments. */
export type ResultsOf<calls extends readonly Call[]> = MulticallResults<calls, false>

/**
 * Runs many view calls as a few multicalls, all started in the same tick so the batching HTTP transport
 * sends them as one JSON-RPC batch: one HTTP request per round, whatever the number of calls.
 * The signature types the results as viem's multicall does for these calls; the body splits them into chunks,
 * which viem only sees as lists of some calls, so it is declared apart.
 */
export function readAll<const calls extends readonly Call[]>(ctx: ReadContext, calls: calls): Promise<ResultsOf<calls>>
export async function readAll(ctx: ReadContext, calls: readonly Call[]): Promise<unknown[]> {
  if (calls.length === 0) return []
  const size = ctx.multicall3 ? CALLS_PER_MULTICALL : CALLS_PER_DEPLOYLESS_MULTICALL
  return (await Promise.all(chunk(calls, size).map((contracts) => readChunk(ctx, contracts)))).flat()
}

/**
 * Several lists of calls read as one list (the same multicalls as readAll of them all), each list's results
 * handed back apart and typed by its own calls.
 */
export function readGroups<const groups extends readonly (readonly Call[])[]>(
  ctx: ReadContext,
  groups: groups,
): Promise<{ -readonly [i in keyof groups]: ResultsOf<groups[i]> }>
export async function readGroups(ctx: ReadContext, groups: readonly (readonly Call[])[]): Promise<unknown[][]> {
  const results = await readAll(ctx, groups.flat())
  let start = 0
  return groups.map((group) => {
    const end = start + group.length
    const part = results.slice(start, end)
    start = end
    return part
  })
}

/**
 * A lone call goes as a plain eth_call: there is nothing to aggregate, and a list getter such as
 * getProviders() returns 32 bytes per entry, so deployless it would hit the 24,576-byte cap at about 760 entries.
 */
async function readChunk(ctx: ReadContext, contracts: Call[]): Promise<unknown[]> {
  const { blockNumber } = ctx
  if (contracts.length === 1) return [await ctx.client.readContract({ ...contracts[0], blockNumber })]
  try {
    return await ctx.client.multicall({
      contracts,
      allowFailure: false,
      batchSize: 0,
      blockNumber,
      ...(ctx.multicall3 ? { multicallAddress: ctx.multicall3 } : { deployless: true }),
    })
  } catch (error) {
    if (!mayPassSmaller(error)) throw error
    // Anyone can publish a name or URL long enough to overflow one aggregated call (the deployless size cap, an
    // RPC's gas, body or response cap): that chunk is read again as two halves, in parallel so both still share
    // one JSON-RPC batch. Halving again where needed takes one round per halving (log2 of the chunk at most) and
    // at most twice as many eth_calls as the parts that finally pass: never one eth_call per call.
    const half = Math.ceil(contracts.length / 2)
    const halves = await Promise.all([readChunk(ctx, contracts.slice(0, half)), readChunk(ctx, contracts.slice(half))])
    return halves.flat()
  }
}

/**
 * Whether the same read may pass in smaller parts: anything but the RPC itself failing (down, timed out), where
 * retrying in parts would only multiply the failures; a 413 on a lone call is about size, so it counts.
 */
export function mayPassSmaller(error: unknown): boolean {
  return !isTransportError(error) || isTooLarge(error)
}

function isTransportError(error: unknown): boolean {
  return error instanceof BaseError && error.walk((e) => e instanceof HttpRequestError || e instanceof TimeoutError) !== null
}

function isTooLarge(error: unknown): boolean {
  return error instanceof BaseError && error.walk((e) => e instanceof HttpRequestError && e.status === 413) !== null
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}
