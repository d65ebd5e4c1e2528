import { LOCAL_PERMISSIONS, LOCAL_REGISTRY, MULTICALL3_ADDRESS } from '../lib/chain/networks'
import type { RunningChain } from '../lib/devnet/run-chain'

export function portFromEnv(name: string, fallback: number): number {
  const text = process.env[name]
  if (!text) return fallback
  const port = Number(text)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) exitWithMessage(new Error(`${name} must be a port number, not "${text}".`))
  return port
}

export function describeChain(chain: RunningChain): string {
  return [
    `Local OCN network ${chain.reused ? 'already running, reused' : 'started and seeded'} at ${chain.url} (chain id 31337)`,
    `  Registry     ${LOCAL_REGISTRY}`,
    `  Permissions  ${LOCAL_PERMISSIONS}`,
    `  Multicall3   ${MULTICALL3_ADDRESS}`,
  ].join('\n')
}

/** Known failures (busy port, foreign chain) are one clear line, not a stack trace. */
export function exitWithMessage(error: unknown): never {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
