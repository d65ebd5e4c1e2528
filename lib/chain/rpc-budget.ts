/**
 * Keeps every HTTP request to an RPC within what public RPCs accept: viem merges all the calls started in one
 * tick into a single JSON-RPC batch, whatever its size, and public RPCs cap a request's body at a few MiB and a
 * batch at tens to hundreds of calls. This fetch cuts such a batch into requests within a budget, sends them in
 * parallel and hands viem one merged answer, so a read still costs one round trip.
 */

export type RpcBudget = {
  /** Largest request body in bytes (UTF-8). A single call larger than this still goes, alone. */
  maxBodyBytes: number
  /** Most calls in one JSON-RPC batch. */
  maxCallsPerBatch: number
}

/**
 * 2 MiB and 100 calls sit under the caps we know of (geth refuses bodies over 5 MiB, hosted RPCs batches over
 * 100–1,000 calls) and keep the catalog at one request per round up to about 1,000 services without Multicall3
 * (1.7 MB: each deployless chunk carries Multicall3's creation code) and 2,000 with it. Beyond, a round is several
 * requests sent in parallel. An RPC with tighter limits answers 413 or a batch-limit error, and the batch is
 * then halved until it passes.
 */
export const DEFAULT_RPC_BUDGET: RpcBudget = { maxBodyBytes: 2 * 1024 * 1024, maxCallsPerBatch: 100 }

type RpcMessage = { id?: unknown }

const encoder = new TextEncoder()
const byteLength = (text: string) => encoder.encode(text).length

/**
 * Greedy grouping in order: each group holds at most `maxCallsPerBatch` calls and `maxBodyBytes` of JSON
 * (an oversized call gets a group of its own). Order is kept so the merged answer reads like the original.
 */
export function groupWithinBudget(serialised: readonly string[], budget: RpcBudget): number[][] {
  const groups: number[][] = []
  let current: number[] = []
  let bytes = 2 // the enclosing brackets
  serialised.forEach((call, index) => {
    const size = byteLength(call) + 1 // its comma
    if (current.length > 0 && (current.length >= budget.maxCallsPerBatch || bytes + size > budget.maxBodyBytes)) {
      groups.push(current)
      current = []
      bytes = 2
    }
    current.push(index)
    bytes += size
  })
  if (current.length > 0) groups.push(current)
  return groups
}

/** Messages RPCs use when a batch has more calls than they allow (geth, erigon, nethermind, hosted RPCs). */
const BATCH_LIMIT = /batch (size |request )?(limit|too large|exceed)|too many (requests|calls) in (the )?batch|exceeds? (the )?(maximum )?batch/i

/** Messages and statuses that mean "too big", as opposed to "wrong" or "down". */
const TOO_LARGE = /entity too large|payload too large|body too large|too large|size exceeded|response size|content length/i

function isWholeBatchRefusal(status: number, answer: unknown): boolean {
  if (status === 413) return true
  // A refused batch comes back as one error, bare or in a one-element array with no id (geth).
  const single = Array.isArray(answer) ? (answer.length === 1 ? answer[0] : null) : answer
  if (!single || typeof single !== 'object' || !('error' in single)) return false
  if (Array.isArray(answer) && (single as RpcMessage).id != null) return false
  const message = String((single as { error?: { message?: unknown } }).error?.message ?? '')
  return BATCH_LIMIT.test(message) || TOO_LARGE.test(message)
}

async function readAnswer(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text())
  } catch {
    return null
  }
}

/** What viem sees for a call that alone is too large for the RPC: an RPC error it can split on (lib/ocn/batch.ts). */
function tooLargeAnswer(message: RpcMessage, status: number) {
  return {
    jsonrpc: '2.0',
    id: message.id ?? null,
    error: { code: -32005, message: `request entity too large (HTTP ${status})` },
  }
}

export function createBudgetFetch(inner: typeof fetch, budget: RpcBudget = DEFAULT_RPC_BUDGET): typeof fetch {
  /**
   * Sends one group; a refusal for size halves it, recursively, so a batch of n calls costs about 2·log2(n)
   * extra requests at worst, never n. Resolves to the group's answers, or to a plain Response to pass through
   * (an HTTP failure that is not about size, which viem reports as it does today).
   */
  async function sendGroup(
    input: RequestInfo | URL,
    init: RequestInit,
    messages: RpcMessage[],
    serialised: string[],
  ): Promise<unknown[] | Response> {
    const response = await inner(input, { ...init, body: `[${serialised.join(',')}]` })
    const status = response.status
    const answer = await readAnswer(response.clone())
    if (!isWholeBatchRefusal(status, answer)) return status === 200 && Array.isArray(answer) ? answer : response
    void response.body?.cancel().catch(() => {})
    if (messages.length === 1) return [tooLargeAnswer(messages[0], status)]
    const half = Math.ceil(messages.length / 2)
    const parts = await Promise.all([
      sendGroup(input, init, messages.slice(0, half), serialised.slice(0, half)),
      sendGroup(input, init, messages.slice(half), serialised.slice(half)),
    ])
    const passThrough = parts.find((part) => part instanceof Response)
    return passThrough ?? (parts as unknown[][]).flat()
  }

  return async (input, init) => {
    const body = init?.body
    let messages: unknown
    try {
      messages = typeof body === 'string' ? JSON.parse(body) : null
    } catch {
      messages = null
    }
    if (!Array.isArray(messages) || messages.length <= 1) return inner(input, init)

    const calls = messages as RpcMessage[]
    const serialised = calls.map((call) => JSON.stringify(call))
    const parts = await Promise.all(
      groupWithinBudget(serialised, budget).map((group) =>
        sendGroup(
          input,
          init!,
          group.map((i) => calls[i]),
          group.map((i) => serialised[i]),
        ),
      ),
    )
    const passThrough = parts.find((part) => part instanceof Response)
    if (passThrough) return passThrough
    return new Response(JSON.stringify((parts as unknown[][]).flat()), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })
  }
}
