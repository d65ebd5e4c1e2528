import { describe, expect, it } from 'vitest'
import { ReadBudgetError, withReadBudget } from './read-budget'

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

/** An RPC that answers every `everyMs` while the read runs. */
function answering(everyMs: number) {
  let last = 0
  const timer = setInterval(() => (last = Date.now()), everyMs)
  return { lastAnswerAt: () => last, stop: () => clearInterval(timer) }
}

describe('the page read budget', () => {
  it('fails a read that outlasts the budget with no answer in between', async () => {
    await expect(withReadBudget(after(400, 'late'), { budgetMs: 100 })).rejects.toBeInstanceOf(ReadBudgetError)
  })

  it('lets a read run past the budget while the RPC keeps answering', async () => {
    const rpc = answering(40)
    try {
      await expect(withReadBudget(after(400, 'done'), { budgetMs: 100, lastAnswerAt: rpc.lastAnswerAt })).resolves.toBe('done')
    } finally {
      rpc.stop()
    }
  })

  it('fails once the RPC falls silent, counted from its last answer', async () => {
    let last = Date.now()
    const started = Date.now()
    setTimeout(() => (last = Date.now()), 60)
    await expect(withReadBudget(after(2_000, 'never'), { budgetMs: 100, lastAnswerAt: () => last })).rejects.toBeInstanceOf(ReadBudgetError)
    expect(Date.now() - started).toBeGreaterThanOrEqual(150)
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('stops at the limit even while answers keep coming', async () => {
    const rpc = answering(20)
    try {
      await expect(withReadBudget(after(2_000, 'never'), { budgetMs: 100, lastAnswerAt: rpc.lastAnswerAt, limitMs: 300 })).rejects.toBeInstanceOf(ReadBudgetError)
    } finally {
      rpc.stop()
    }
  })
})
