import type { Translate } from '../i18n/translate'
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
export function describeRpcFailure(error: unknown, t: Translate): string | null {
  const limited = find(error, RpcRateLimitedError)
  if (limited) {
    return limited.retryAfterSeconds === null
      ? t('vocab.readErrors.rateLimitedSoon')
      : t('vocab.readErrors.rateLimitedIn', { seconds: limited.retryAfterSeconds })
  }
  if (find(error, RpcRedirectError)) return t('vocab.readErrors.redirect')
  const budget = find(error, ReadBudgetError)
  if (budget || findNamed(error, 'TimeoutError')) {
    return t('vocab.readErrors.timeout', { seconds: Math.round((budget?.budgetMs ?? PAGE_READ_BUDGET_MS) / 1000) })
  }
  if (findNamed(error, 'HttpRequestError')) return t('vocab.readErrors.unreachable')
  return null
}

/** What a visitor reads when the chain cannot be read: no stack traces, no RPC jargon. */
export function describeReadError(error: unknown, t: Translate): string {
  const rpc = describeRpcFailure(error, t)
  if (rpc) return rpc
  if (findNamed(error, 'ContractFunctionZeroDataError') || findNamed(error, 'ContractFunctionRevertedError')) {
    return t('vocab.readErrors.noContract')
  }
  return t('vocab.readErrors.unreadable')
}

export function describeConnectError(error: Error, t: Translate): string {
  return t(/provider not found/i.test(error.message) ? 'vocab.readErrors.noWallet' : 'vocab.readErrors.connectFailed')
}
