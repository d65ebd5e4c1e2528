import { PAGE_READ_BUDGET_MS, ReadBudgetError } from '../chain/read-budget'
import { RpcRateLimitedError, RpcRedirectError } from '../chain/rpc-fetch'

/** A wallet's "user rejected" (EIP-1193 code 4001), anywhere in viem's or wagmi's error chain. */
export function isUserRejection(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current && depth < 10; depth += 1) {
    const e = current as { code?: unknown; name?: unknown; cause?: unknown }
    if (e.code === 4001 || e.name === 'UserRejectedRequestError') return true
    current = e.cause
  }
  return false
}

/** Every error in a chain of causes, outermost first (viem wraps the transport's error several times). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = []
  for (let current = error; current && chain.length < 12; current = (current as { cause?: unknown }).cause) chain.push(current)
  return chain
}

const find = <T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined =>
  causes(error).find((e): e is T => e instanceof type)

/**
 * viem's errors are matched by the name viem gives each class, not with instanceof: importing the classes would
 * put viem's whole error hierarchy into the first-load JavaScript of every read page that can show a read error.
 */
export const findNamed = (error: unknown, name: ViemErrorName): { reason?: unknown } | undefined =>
  causes(error).find((e): e is { name: string; reason?: unknown } => e instanceof Error && e.name === name)

type ViemErrorName = 'TimeoutError' | 'HttpRequestError' | 'ContractFunctionZeroDataError' | 'ContractFunctionRevertedError'

/**
 * The RPC itself failed (down, redirecting, rate-limiting, too slow), in words for the visitor, or null when
 * the failure is something else. Never the transport's own text: it can name hosts, ports and socket errors,
 * which would turn the page into a probe of whatever the RPC URL points at.
 */
export function describeRpcFailure(error: unknown): string | null {
  const limited = find(error, RpcRateLimitedError)
  if (limited) {
    const when = limited.retryAfterSeconds === null ? 'in a minute' : `in ${limited.retryAfterSeconds} s`
    return `The network's RPC is rate-limiting requests; try again ${when}.`
  }
  if (find(error, RpcRedirectError)) return "The network's RPC answered with a redirect, which the marketplace never follows."
  const budget = find(error, ReadBudgetError)
  if (budget || findNamed(error, 'TimeoutError')) {
    const seconds = Math.round((budget?.budgetMs ?? PAGE_READ_BUDGET_MS) / 1000)
    return `The network's RPC did not answer within ${seconds} s. It may be slow or down; try again.`
  }
  if (findNamed(error, 'HttpRequestError')) return "The network's RPC did not answer. It may be down or unreachable from here."
  return null
}

/** What a visitor reads when the chain cannot be read: no stack traces, no RPC jargon. */
export function describeReadError(error: unknown): string {
  const rpc = describeRpcFailure(error)
  if (rpc) return rpc
  if (findNamed(error, 'ContractFunctionZeroDataError') || findNamed(error, 'ContractFunctionRevertedError')) {
    return 'The configured Registry or Permissions address holds no OCN contract on this network.'
  }
  return 'The OCN contracts could not be read from this network.'
}

export function describeConnectError(error: Error): string {
  if (/provider not found/i.test(error.message)) {
    return 'No browser wallet was found. Install one such as MetaMask or Rabby, then reload this page.'
  }
  return 'The wallet could not connect. Unlock it and try again.'
}
