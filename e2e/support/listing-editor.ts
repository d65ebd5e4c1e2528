/**
 * The provider console as a provider uses it: fill the listing, publish it, edit it through the diff review,
 * delete it. The click sequences live here so a new review step before signing is adapted in one place.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { TxProgress } from './tx-progress'
import { connectWallet } from './wallet'

export type Direction = 'Sender' | 'Receiver'

export class ListingEditor {
  /** The console's writes (publish, update, delete), shown as steps. */
  readonly tx: TxProgress

  constructor(readonly page: Page) {
    this.tx = new TxProgress(page.locator('body'))
  }

  /** The one write in progress: strict, so a second step where one is expected fails the assertion. */
  get write(): TxProgress {
    return new TxProgress(this.tx.steps)
  }

  async goto({ connect = true }: { connect?: boolean } = {}): Promise<this> {
    await this.page.goto('/provider')
    if (connect) await connectWallet(this.page)
    return this
  }

  get nameField(): Locator {
    return this.page.getByLabel('Service name')
  }

  get urlField(): Locator {
    return this.page.getByLabel('Service URL')
  }

  /** The listing as the catalog will show it. */
  get preview(): Locator {
    return this.page.getByTestId('service-preview')
  }

  get publishButton(): Locator {
    return this.page.getByRole('button', { name: 'Publish service' })
  }

  get deleteButton(): Locator {
    return this.page.getByRole('button', { name: 'Delete service' })
  }

  /** One permission's checkbox: the module's group, then its direction. */
  permission(module: string, direction: Direction): Locator {
    return this.page.getByRole('group', { name: module }).getByRole('checkbox', { name: new RegExp(`^${direction}`) })
  }

  async fill(name: string, url: string): Promise<void> {
    await this.nameField.fill(name)
    await this.urlField.fill(url)
  }

  /** A preset by its name; the button also says what it selects, so the name is matched on its own line. */
  async preset(name: string): Promise<void> {
    await this.page.getByRole('button').filter({ has: this.page.getByText(`Preset: ${name}`, { exact: true }) }).click()
  }

  /** Asks to publish: the review opens unless what was typed is refused first. */
  async publish(): Promise<void> {
    await this.publishButton.click()
  }

  /** The review every listing write passes through before the wallet opens. */
  get review(): Locator {
    return this.page.getByTestId('write-review')
  }

  /** Signs the publish the open review shows: the wallet opens. */
  async signPublish(): Promise<void> {
    await this.review.getByRole('button', { name: 'Sign and publish' }).click()
  }

  /** Publishes through the review and waits for the write to be confirmed. */
  async publishAndWait(): Promise<void> {
    await this.publish()
    await this.signPublish()
    await this.write.expectStatus('confirmed')
  }

  /** Opens the diff of an edit against the listing on chain. */
  async reviewChanges(): Promise<void> {
    await this.page.getByRole('button', { name: 'Review changes' }).click()
  }

  async signUpdate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign the update' }).click()
    await this.write.expectStatus('confirmed')
  }

  /** Deletes the listing with the typed confirmation it asks for. */
  async delete(): Promise<void> {
    await expect(this.deleteButton).toBeDisabled()
    await this.page.getByLabel('Type delete to confirm').fill('delete')
    await this.deleteButton.click()
    await this.review.getByRole('button', { name: 'Delete the service on chain' }).click()
  }
}
