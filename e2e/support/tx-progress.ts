/**
 * Where a write stands, as the page shows it: one status (or error) per transaction, inside whatever shows the
 * write (a dialog, an identity step, the listing editor). The lifecycle's names are the `data-status` values.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export type TxStatusName = 'preparing' | 'awaiting-signature' | 'pending' | 'confirmed'
export type TxErrorStatus = 'failed' | 'reverted'

export type ExpectedTxError = {
  status?: TxErrorStatus
  /** Sentences of the message in plain words, each found (case-sensitively) in the one paragraph holding it. */
  message?: string | string[]
  /** The contract's own revert string, shown on its own line. */
  reason?: string
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Matches the smallest element whose text contains `text`, case-sensitively (getByText alone ignores case). */
export const containing = (text: string) => new RegExp(escapeRegExp(text))

export class TxProgress {
  constructor(readonly scope: Locator) {}

  /** One line per transaction of a multi-step write. */
  get steps(): Locator {
    return this.scope.getByTestId('tx-step')
  }

  step(index: number): TxProgress {
    return new TxProgress(this.steps.nth(index))
  }

  /** Without an index the locator is strict: a second status where one is expected fails the assertion. */
  status(index?: number): Locator {
    const all = this.scope.getByTestId('tx-status')
    return index === undefined ? all : all.nth(index)
  }

  error(index?: number): Locator {
    const all = this.scope.getByTestId('tx-error')
    return index === undefined ? all : all.nth(index)
  }

  async expectStatus(status: TxStatusName, index?: number): Promise<void> {
    await expect(this.status(index)).toHaveAttribute('data-status', status)
  }

  async expectError(expected: ExpectedTxError, index?: number): Promise<void> {
    const error = this.error(index)
    await expect(error).toBeVisible()
    if (expected.status) await expect(error).toHaveAttribute('data-status', expected.status)
    for (const sentence of [expected.message ?? []].flat()) await expect(error.getByText(containing(sentence))).toBeVisible()
    if (expected.reason) await expect(error.getByText(`Contract message: “${expected.reason}”`, { exact: true })).toBeVisible()
  }

  /** A rejected signature is quiet: no progress and no error left behind. */
  async expectQuiet(): Promise<void> {
    await expect(this.steps).toHaveCount(0)
    await expect(this.status()).toHaveCount(0)
    await expect(this.error()).toHaveCount(0)
  }
}

/** The writes the app keeps to resume after a reload (sent, not yet mined): empty once each one has an outcome. */
export function pendingWrites(page: Page): Promise<unknown[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('ocn-marketplace:pending-tx') ?? '[]') as unknown[])
}
