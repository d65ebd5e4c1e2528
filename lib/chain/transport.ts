import { defineChain, http } from 'viem'
import type { Network } from './networks'
import { PAGE_READ_BUDGET_MS } from './read-budget'
import { createBudgetFetch, DEFAULT_RPC_BUDGET, type RpcBudget } from './rpc-budget'
import { createRpcFetch, rpcFetch } from './rpc-fetch'

// Apart from lib/chain/client.ts so that wagmi's config, which every page loads, does not bring viem's public
// actions (multicall, contract reads) into the first-load JavaScript with it.

export function chainOf(network: Network) {
  return defineChain({
    id: network.chainId,
    name: network.name,
    nativeCurrency: { ...network.currency, decimals: 18 },
    rpcUrls: { default: { http: [network.rpcUrl] } },
    blockExplorers: network.explorerUrl
      ? { default: { name: 'Explorer', url: network.explorerUrl } }
      : undefined,
    contracts: network.multicall3 ? { multicall3: { address: network.multicall3 } } : undefined,
    testnet: network.kind !== 'mainnet',
  })
}

/**
 * viem caps an answer at 10 MiB, and the budget fetch hands it the answers of a whole round merged into one: the
 * catalog at 10,000 services is about 30 MiB. Each real HTTP answer stays within the budget's call count.
 */
const MERGED_ANSWER_MAX_BYTES = 128 * 1024 * 1024

export type TransportOptions = {
  fetchFn?: typeof fetch
  timeoutMs?: number
  budget?: RpcBudget
  /** Called on every HTTP answer of the RPC: a long read that keeps getting answers is alive (lib/chain/read-budget). */
  onAnswer?: () => void
}

function withAnswerHook(fetchFn: typeof fetch, onAnswer: (() => void) | undefined): typeof fetch {
  if (!onAnswer) return fetchFn
  return (input, init) =>
    fetchFn(input, init).then((response) => {
      onAnswer()
      return response
    })
}

/**
 * The JSON-RPC transport of every client, wagmi's included. viem's own retries are off: they would honour any
 * Retry-After however long; rpcFetch retries a short one itself and refuses redirects. viem merges every call
 * started in one tick into one batch; the budget fetch cuts it into requests public RPCs accept.
 */
export function ocnTransport(rpcUrl: string, options: TransportOptions = {}) {
  return http(rpcUrl, {
    batch: { wait: 0, batchSize: 1_000 },
    retryCount: 0,
    maxResponseBodySize: MERGED_ANSWER_MAX_BYTES,
    timeout: options.timeoutMs ?? PAGE_READ_BUDGET_MS,
    fetchFn: createBudgetFetch(
      withAnswerHook(options.fetchFn ? createRpcFetch({ fetchFn: options.fetchFn }) : rpcFetch, options.onAnswer),
      options.budget ?? DEFAULT_RPC_BUDGET,
    ),
  })
}
