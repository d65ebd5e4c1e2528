/**
 * Every page's chain reads share one time budget: a slow or silent RPC turns into the page's error state
 * after a few seconds instead of a page that never finishes loading.
 */
export const PAGE_READ_BUDGET_MS = 6_000

/**
 * How long a read may run while its RPC keeps answering: the first read of a large network (10,000 services take
 * about 6 s on a 2-core machine, half of it decoding) is slow but alive, unlike an RPC that stopped answering.
 */
export const PAGE_READ_LIMIT_MS = 30_000

export class ReadBudgetError extends Error {
  override name = 'ReadBudgetError'
  readonly budgetMs: number
  constructor(budgetMs: number) {
    super(`The reads did not finish within ${budgetMs} ms.`)
    this.budgetMs = budgetMs
  }
}

export type ReadBudget = {
  budgetMs?: number
  /** When the RPC last answered (ms since the epoch): the budget then counts from that answer, up to limitMs. */
  lastAnswerAt?: () => number
  limitMs?: number
}

export function withReadBudget<T>(read: Promise<T>, { budgetMs = PAGE_READ_BUDGET_MS, lastAnswerAt, limitMs = PAGE_READ_LIMIT_MS }: ReadBudget = {}): Promise<T> {
  const started = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<never>((_, reject) => {
    const check = () => {
      const now = Date.now()
      const quietFor = now - Math.max(started, lastAnswerAt?.() ?? 0)
      const left = Math.min(budgetMs - quietFor, limitMs - (now - started))
      if (left <= 0) reject(new ReadBudgetError(budgetMs))
      else timer = setTimeout(check, left)
    }
    timer = setTimeout(check, budgetMs)
  })
  return Promise.race([read, expired]).finally(() => clearTimeout(timer))
}
