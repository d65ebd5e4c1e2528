/** JSON-RPC to the e2e chain from the test process: snapshots, impersonation and on-chain assertions. */
import { resolve } from 'node:path'
import { createPublicClient, http } from 'viem'

export const E2E_CHAIN_URL = `http://127.0.0.1:${process.env.OCN_E2E_CHAIN_PORT ?? 8546}`
export const E2E_APP_URL = `http://127.0.0.1:${process.env.OCN_E2E_APP_PORT ?? 3100}`
/**
 * The origin the e2e chain's demo services point at (their manifests, served by the main app): by name, as a
 * provider's URL would be, since pages must never show a loopback address (e2e/support/page-checks.ts).
 */
export const E2E_DEMO_ORIGIN = `http://localhost:${process.env.OCN_E2E_APP_PORT ?? 3100}`

/**
 * A second instance of the same build whose operator network is the fault proxy on E2E_PROXY_PORT (a custom,
 * non-local deployment with custom networks turned off): fault tests start the proxy and steer it.
 */
export const E2E_FAULT_APP_URL = `http://127.0.0.1:${process.env.OCN_E2E_FAULT_APP_PORT ?? 3101}`
export const E2E_PROXY_PORT = Number(process.env.OCN_E2E_PROXY_PORT ?? 8548)
/**
 * A third instance of the same build, reading the chain through a counting proxy on E2E_CACHE_PROXY_PORT with a
 * 60 s read-cache TTL: what one shared read saves, and what a confirmed write of ours refreshes.
 */
export const E2E_CACHE_APP_URL = `http://127.0.0.1:${process.env.OCN_E2E_CACHE_APP_PORT ?? 3102}`
export const E2E_CACHE_PROXY_PORT = Number(process.env.OCN_E2E_CACHE_PROXY_PORT ?? 8551)
/**
 * The indexer beside the e2e chain (scripts/e2e-server.ts); only the main app reads its history. Tests stop and
 * start it through a control socket in the dist dir (e2e/support/history.ts), so the e2e server stays its parent.
 */
export const E2E_INDEXER_URL = `http://127.0.0.1:${process.env.OCN_E2E_INDEXER_PORT ?? 8552}`
export const E2E_INDEXER_CONTROL_SOCKET = resolve(process.env.NEXT_DIST_DIR ?? '.next-e2e', 'e2e-indexer.sock')
/** A port for a listener a test names in a visitor's cookie, to prove the server never contacts it. */
export const E2E_LISTENER_PORT = Number(process.env.OCN_E2E_LISTENER_PORT ?? 8549)

export async function rpc<T = unknown>(method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(E2E_CHAIN_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  const body = (await response.json()) as { result?: T; error?: { message: string } }
  if (body.error) throw new Error(`${method}: ${body.error.message}`)
  return body.result as T
}

export const chainClient = createPublicClient({ transport: http(E2E_CHAIN_URL) })

/** A transaction from one of anvil's unlocked test accounts, as that party would send it. */
export async function sendAs(from: string, to: string, data: string): Promise<void> {
  const hash = await rpc<string>('eth_sendTransaction', [{ from, to, data }])
  const receipt = await rpc<{ status: string } | null>('eth_getTransactionReceipt', [hash])
  if (receipt && receipt.status !== '0x1') throw new Error(`Transaction from ${from} reverted.`)
}
