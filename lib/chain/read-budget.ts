/**
 * Every page's chain reads share one time budget: a slow or silent RPC turns into the page's error state
 * after a few seconds instead of a page that never finishes loading.
 */
export const PAGE_READ_BUDGET_MS = 6_000

export class ReadBudgetError extends Error {
  override name = 'ReadBudgetError'
  readonly budgetMs: number
  constructor(budgetMs: number) {
    super(`The reads did not finish within ${budgetMs} ms.`)
    this.budgetMs = budgetMs
  }
}

export function withReadBudget<T>(read: Promise<T>, budgetMs = PAGE_READ_BUDGET_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadBudgetError(budgetMs)), budgetMs)
  })
  return Promise.race([read, expired]).finally(() => clearTimeout(timer))
}
