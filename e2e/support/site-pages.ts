/**
 * Every page of the app, as the cross-page checks (e2e/a11y.spec.ts, e2e/i18n.spec.ts) visit it: one row per page,
 * with the account it needs and the dialogs it can open. A new page is a new row.
 */
import { expect, type Page } from '@playwright/test'
import { anvilAddress } from '../../lib/devnet/accounts'
import { DEMO_ACCOUNT } from '../../lib/devnet/demo-network'
import { SIGNING_TEST_IDS } from '../../lib/signing/types'
import { IdentityPage } from './identity-page'

/** A dialog (or disclosure) the page opens, and how a visitor opens it; `phoneOnly` for the phone menu. */
export type DialogOpener = { name: string; phoneOnly?: boolean; open: (page: Page) => Promise<void> }

export type SitePage = {
  name: string
  path: string
  /** The test wallet's anvil account, connected before checking; none: the page as a visitor without a wallet sees it. */
  account?: number
  /** Waits for what the page shows once loaded (its reads done), so the checks see the real page, not a skeleton. */
  ready?: (page: Page) => Promise<void>
  dialogs?: DialogOpener[]
}

const SMART_CHARGING = anvilAddress(DEMO_ACCOUNT.GB_SCS) // DE*MSP has not agreed to it: the agree review opens

/** Opens the header's connect dialog (English or German: the button names the wallet either way). */
export async function openConnectDialog(page: Page): Promise<void> {
  await page.locator('header').getByRole('button', { name: /wallet/i }).first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
}

/** Connects the test wallet through the header, in whatever language the page speaks. */
export async function connectTestWallet(page: Page): Promise<void> {
  await openConnectDialog(page)
  await page.getByRole('dialog').getByRole('button', { name: 'Test Wallet' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
}

const shellDialogs: DialogOpener[] = [
  { name: 'connect dialog', open: openConnectDialog },
  {
    name: 'network switcher',
    open: async (page) => {
      const menu = page.getByTestId('menu-button')
      if (await menu.isVisible()) await menu.click()
      await page.getByTestId('network-switcher').click()
    },
  },
  { name: 'phone menu', phoneOnly: true, open: (page) => page.getByTestId('menu-button').click() },
]

const agreeReview = async (page: Page) => {
  await page.getByTestId('main-action').getByRole('button').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
}

export const SITE_PAGES: SitePage[] = [
  { name: 'home', path: '/', dialogs: shellDialogs },
  { name: 'catalog', path: '/services', ready: (page) => expect(page.getByTestId('service-card').first()).toBeVisible() },
  {
    name: 'service page',
    path: `/services/${SMART_CHARGING}`,
    account: DEMO_ACCOUNT.DE_MSP,
    // By test id: the button's name depends on the page's language.
    ready: (page) => expect(page.getByTestId('main-action').getByRole('button').first()).toBeVisible(),
    dialogs: [
      { name: 'agree review', open: agreeReview },
      {
        name: 'signing panel',
        open: async (page) => {
          await agreeReview(page)
          await page.getByRole('dialog').getByTestId(SIGNING_TEST_IDS.start).click()
          await expect(page.getByTestId(SIGNING_TEST_IDS.panel)).toBeVisible()
        },
      },
    ],
  },
  { name: 'party page', path: `/parties/${SMART_CHARGING}` },
  { name: 'registry', path: '/registry' },
  {
    name: 'agreements',
    path: '/agreements',
    account: DEMO_ACCOUNT.DE_MSP,
    ready: (page) => expect(page.getByTestId('agreement').first()).toBeVisible(),
    dialogs: [
      {
        name: 'revoke dialog',
        open: async (page) => {
          await page.getByTestId('agreement').first().getByRole('button', { name: 'Revoke' }).click()
          await expect(page.getByRole('dialog')).toBeVisible()
        },
      },
    ],
  },
  {
    name: 'identity',
    path: '/identity',
    account: DEMO_ACCOUNT.FRESH,
    dialogs: [
      {
        name: 'identity write review',
        open: async (page) => {
          const party = new IdentityPage(page).party
          await party.submitList({ countryCode: 'NL', partyId: 'EVB', roles: ['Other'], node: 'http://localhost:8081' })
          await expect(party.review).toBeVisible()
        },
      },
    ],
  },
  {
    name: 'provider console',
    path: '/provider',
    account: DEMO_ACCOUNT.DE_HUB,
    ready: (page) => expect(page.getByTestId('main-action')).toBeVisible(),
    dialogs: [
      {
        name: 'publish review',
        open: async (page) => {
          await page.getByLabel('Service name').fill('Hub CDR Archive')
          await page.getByLabel('Service URL').fill('https://archive.dehub.example/ocn')
          await page.getByRole('button').filter({ has: page.getByText('Preset: Billing', { exact: true }) }).click()
          await page.getByTestId('main-action').getByRole('button').click()
          await expect(page.getByTestId('write-review')).toBeVisible()
        },
      },
    ],
  },
  { name: 'provider console without an identity', path: '/provider', account: DEMO_ACCOUNT.FRESH, ready: (page) => expect(page.getByTestId('identity-pointer')).toBeVisible() },
  { name: 'relay', path: '/relay' },
  { name: 'not-found page', path: '/no-such-page' },
]
