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

/** What a visitor reads when the chain cannot be read: no stack traces, no RPC jargon. */
export function describeReadError(error: unknown, rpcUrl: string): string {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  if (/HttpRequestError|fetch failed|ECONNREFUSED|TimeoutError|timed out|took too long/i.test(text)) {
    return `The network's RPC endpoint (${rpcUrl}) did not answer. It may be down or unreachable from here.`
  }
  if (/returned no data|ContractFunctionZeroDataError|execution reverted/i.test(text)) {
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
