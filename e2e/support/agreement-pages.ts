/**
 * Agreeing and revoking as a user does it: open the review (or revoke) dialog, read it, confirm, watch the write.
 * The click sequences live here so a change in the write UI is adapted in one place.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import type { Address } from 'viem'
import { TxProgress } from './tx-progress'
import { connectWallet } from './wallet'

/** A dialog that shows what a write does, signs it on one button, and shows its progress until closed. */
export class WriteDialog {
  readonly dialog: Locator
  readonly tx: TxProgress

  constructor(
    page: Page,
    title: string,
    private readonly confirmName: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title })
    this.tx = new TxProgress(this.dialog)
  }

  get confirmButton(): Locator {
    return this.dialog.getByRole('button', { name: this.confirmName })
  }

  /** Opens the wallet; what follows is the test's to assert (confirmed, pending, an error, a quiet rejection). */
  async confirm(): Promise<void> {
    await this.confirmButton.click()
  }

  async confirmAndWait(): Promise<void> {
    await this.confirm()
    await this.tx.expectStatus('confirmed')
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click()
  }
}

export class AgreeReview extends WriteDialog {
  constructor(page: Page) {
    super(page, 'Review the agreement', 'Agree on chain')
  }

  /** "<party> agrees to <service> by <provider>." */
  get summary(): Locator {
    return this.dialog.getByTestId('review-summary')
  }

  get permissions(): Locator {
    return this.dialog.getByTestId('review-permissions').getByRole('listitem')
  }

  /** The provider's terms, linked when its manifest (verified or unverified) states them. */
  get termsLink(): Locator {
    return this.dialog.getByTestId('review-terms-link')
  }

  /** "I have read the provider's terms": Agree stays disabled until it is ticked. */
  get termsConfirmation(): Locator {
    return this.dialog.getByTestId('review-terms-confirm')
  }

  /** The explicit confirmation a FORWARD_ALL service needs; `text` names what the user confirms. */
  forwardAllConfirmation(text: RegExp): Locator {
    return this.dialog.getByRole('checkbox', { name: text })
  }
}

export class RevokeDialog extends WriteDialog {
  constructor(page: Page, count = 1) {
    const what = count === 1 ? 'this agreement' : `${count} agreements`
    super(page, `Revoke ${what}`, count === 1 ? 'Revoke agreement' : `Revoke ${count} agreements`)
  }

  get warning(): Locator {
    return this.dialog.getByTestId('revoke-warning')
  }

  /** One line per agreement being revoked, each with its own progress. */
  item(index: number): TxProgress {
    return new TxProgress(this.dialog.getByTestId('revoke-item').nth(index))
  }
}

/** A service's page: its agreement standing and the way to agree. */
export class ServicePage {
  constructor(readonly page: Page) {}

  async goto(provider: Address, { connect = true }: { connect?: boolean } = {}): Promise<this> {
    await this.page.goto(`/services/${provider}`)
    if (connect) await connectWallet(this.page)
    return this
  }

  /** Why agreeing can or cannot run, as `data-reason` (agreed, no-party, provider-unlisted, ...). */
  get agreeStatus(): Locator {
    return this.page.getByTestId('agree-status')
  }

  get agreeButton(): Locator {
    return this.page.getByRole('button', { name: 'Review and agree' })
  }

  async openReview(): Promise<AgreeReview> {
    await this.agreeButton.click()
    const review = new AgreeReview(this.page)
    await expect(review.dialog).toBeVisible()
    return review
  }

  /** The whole agree flow for a service that needs no FORWARD_ALL confirmation, until the page shows it agreed. */
  async agree(): Promise<void> {
    const review = await this.openReview()
    await review.confirm()
    await expect(this.agreeStatus).toHaveAttribute('data-reason', 'agreed')
  }
}

/** My agreements: the list, single revoke, and batch revoke by selection. */
export class AgreementsPage {
  constructor(readonly page: Page) {}

  async goto({ connect = true }: { connect?: boolean } = {}): Promise<this> {
    await this.page.goto('/agreements')
    if (connect) await connectWallet(this.page)
    return this
  }

  get items(): Locator {
    return this.page.getByTestId('agreement')
  }

  get names(): Locator {
    return this.page.getByTestId('agreement-name')
  }

  item(provider: Address): Locator {
    return this.page.locator(`[data-testid="agreement"][data-provider="${provider}"]`)
  }

  async openRevoke(item: Locator): Promise<RevokeDialog> {
    await item.getByRole('button', { name: 'Revoke' }).click()
    const dialog = new RevokeDialog(this.page)
    await expect(dialog.dialog).toBeVisible()
    return dialog
  }

  /** Selects agreements by their service names, then opens the dialog that revokes them together. */
  async openBatchRevoke(serviceNames: string[]): Promise<RevokeDialog> {
    for (const name of serviceNames) await this.page.getByRole('checkbox', { name: `Select ${name}` }).check()
    await this.page.getByRole('button', { name: `Revoke ${serviceNames.length} selected` }).click()
    const dialog = new RevokeDialog(this.page, serviceNames.length)
    await expect(dialog.dialog).toBeVisible()
    return dialog
  }
}
