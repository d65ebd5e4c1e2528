/**
 * The identity page as a user works through it: list a party on a node chosen from the Registry's list, set its
 * modules, follow the next step; node operators open their own section to list, change or delete a node. Each step is
 * its own section with its own progress; the click sequences live here.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { TxProgress } from './tx-progress'
import { connectWallet } from './wallet'

abstract class IdentityStep {
  readonly tx: TxProgress

  constructor(readonly scope: Locator) {
    this.tx = new TxProgress(scope)
  }

  /** The one-line standing shown in the step's header ("Listed as DE*MSP", "None set", ...). */
  get status(): Locator {
    return this.scope.getByTestId('step-status')
  }

  /** Messages about what was typed, shown before anything is signed. */
  get fieldErrors(): Locator {
    return this.scope.getByTestId('field-error')
  }

  /** The review every write passes through before the wallet opens. */
  get review(): Locator {
    return this.scope.getByTestId('write-review')
  }

  /** Signs what the open review shows: the wallet opens now. */
  async confirmReview(): Promise<void> {
    await this.review.getByRole('button', { name: 'Confirm and sign' }).click()
  }
}

export class NodeStep extends IdentityStep {
  /** The collapsed section's heading button, "I run my own OCN node". */
  get toggle(): Locator {
    return this.scope.getByRole('button', { name: 'I run my own OCN node' })
  }

  /** Opens the node operators' section unless it is open already (it is, for an account that lists a node). */
  async expand(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'true') await this.toggle.click()
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'true')
  }

  get urlField(): Locator {
    return this.scope.getByLabel('Node URL', { exact: true })
  }

  get newUrlField(): Locator {
    return this.scope.getByLabel('New node URL')
  }

  /** The node URL the Registry holds for this account. */
  get domain(): Locator {
    return this.scope.getByTestId('own-node-domain')
  }

  get listButton(): Locator {
    return this.scope.getByRole('button', { name: 'List my node' })
  }

  get changeButton(): Locator {
    return this.scope.getByRole('button', { name: 'Delete the old URL, then list the new one' })
  }

  /** Fills the URL (when given) and asks to list it: the review opens unless the URL is refused first. */
  async submitList(url?: string): Promise<void> {
    await this.expand()
    if (url !== undefined) await this.urlField.fill(url)
    await this.listButton.click()
  }

  /** Lists the URL through its review: the wallet opens. */
  async list(url?: string): Promise<void> {
    await this.submitList(url)
    await this.confirmReview()
  }

  /** Opens "Change URL" and types the new one; `acknowledge` ticks the unlisting warning the change needs. */
  async startChange(url: string, { acknowledge = true }: { acknowledge?: boolean } = {}): Promise<void> {
    await this.expand()
    await this.scope.getByRole('button', { name: 'Change URL' }).click()
    await this.newUrlField.fill(url)
    if (acknowledge) await this.scope.getByLabel(/I understand that my node is unlisted/).check()
  }

  /** Signs the two-step change (deleteNode, then setNode). */
  async confirmChange(): Promise<void> {
    await this.changeButton.click()
    await this.confirmReview()
  }

  async openDelete(): Promise<void> {
    await this.expand()
    await this.scope.getByRole('button', { name: 'Delete node', exact: true }).click()
  }

  async confirmDelete(): Promise<void> {
    await this.scope.getByRole('button', { name: 'Delete node on chain' }).click()
  }
}

export type PartyInput = {
  countryCode?: string
  partyId?: string
  /** Role labels as the form shows them, e.g. 'Charge point operator (CPO)'. */
  roles?: string[]
  /** The listed node's URL, as the node select shows it. */
  node?: string
}

export class PartyStep extends IdentityStep {
  get countryCode(): Locator {
    return this.scope.getByLabel('Country code')
  }

  get partyId(): Locator {
    return this.scope.getByLabel('Party ID')
  }

  get nodeSelect(): Locator {
    return this.scope.getByLabel('OCN node')
  }

  /** Narrows the node list by URL or operator address. */
  get nodeSearch(): Locator {
    return this.scope.getByLabel('Find a node by URL or operator address')
  }

  role(label: string): Locator {
    return this.scope.getByLabel(label)
  }

  get listButton(): Locator {
    return this.scope.getByRole('button', { name: 'List my party' })
  }

  get updateButton(): Locator {
    return this.scope.getByRole('button', { name: 'Update party' })
  }

  async fill(input: PartyInput): Promise<void> {
    if (input.countryCode !== undefined) await this.countryCode.fill(input.countryCode)
    if (input.partyId !== undefined) await this.partyId.fill(input.partyId)
    for (const role of input.roles ?? []) await this.role(role).check()
    if (input.node !== undefined) await this.nodeSelect.selectOption({ label: input.node })
  }

  /** Fills and asks to list: the review opens unless what was typed is refused first. */
  async submitList(input: PartyInput = {}): Promise<void> {
    await this.fill(input)
    await this.listButton.click()
  }

  async list(input: PartyInput = {}): Promise<void> {
    await this.submitList(input)
    await this.confirmReview()
  }

  async update(): Promise<void> {
    await this.updateButton.click()
    await this.confirmReview()
  }

  async openDelete(): Promise<void> {
    await this.scope.getByRole('button', { name: 'Delete party', exact: true }).click()
  }

  async confirmDelete(): Promise<void> {
    await this.scope.getByRole('button', { name: 'Delete party on chain' }).click()
  }
}

export class ModulesStep extends IdentityStep {
  /** A module checkbox by its label, e.g. 'Tokens as sender'. */
  module(label: string): Locator {
    return this.scope.getByLabel(label)
  }

  get unsaved(): Locator {
    return this.scope.getByTestId('modules-unsaved')
  }

  /** Ticks `check` and clears `uncheck`, then saves them in one write. */
  async save({ check = [], uncheck = [] }: { check?: string[]; uncheck?: string[] } = {}): Promise<void> {
    for (const label of check) await this.module(label).check()
    for (const label of uncheck) await this.module(label).uncheck()
    await this.scope.getByRole('button', { name: 'Save modules' }).click()
    await this.confirmReview()
  }
}

export class IdentityPage {
  constructor(readonly page: Page) {}

  get node(): NodeStep {
    return new NodeStep(this.page.getByTestId('node-step'))
  }

  get party(): PartyStep {
    return new PartyStep(this.page.getByTestId('party-step'))
  }

  get modules(): ModulesStep {
    return new ModulesStep(this.page.getByTestId('modules-step'))
  }

  /** What to do after the step just done ("Choose the OCPI modules you implement", "Browse services to agree to"...). */
  get nextStep(): Locator {
    return this.page.getByTestId('identity-next-step')
  }

  /** The heading of the next-step panel, where focus lands after a step's write. */
  get nextStepHeading(): Locator {
    return this.page.getByTestId('identity-next').getByRole('heading')
  }

  /** The page's one main action, which phones must show within the first screen. */
  get mainAction(): Locator {
    return this.page.getByTestId('main-action')
  }

  /** The header's badge: the connected account's credentials and roles, or "no OCN identity". */
  get accountIdentity(): Locator {
    return this.page.getByTestId('account-identity')
  }

  async goto({ connect = true }: { connect?: boolean } = {}): Promise<this> {
    await this.page.goto('/identity')
    if (connect) await connectWallet(this.page)
    return this
  }
}
