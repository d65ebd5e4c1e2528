import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { E2E_APP_URL } from './support/chain'
import { expect, test } from './support/fixtures'
import { ListingEditor } from './support/listing-editor'

// A real 1 × 1 PNG (signature, IHDR, IDAT, IEND).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')

const editorOf = (page: Page) => page.getByTestId('manifest-editor')

/** Fills every required field and a few optional ones, as a provider would. */
async function fillManifest(page: Page) {
  const editor = editorOf(page)
  await editor.getByLabel('Tagline').fill('Archive every CDR your customers push')
  await editor.getByLabel('Description').fill('We keep CDRs for ten years.\n\nExports in CSV and OCPI.')
  await editor.getByRole('checkbox', { name: 'Reporting' }).check()
  await editor.getByLabel('Pricing model').selectOption({ label: 'Per session' })
  await editor.getByLabel('Pricing details').fill('0.01 EUR per CDR')
  await editor.getByLabel('Terms URL').fill('https://archive.dehub.example/terms')
  await editor.getByLabel('Support email').fill('support@dehub.example')
  await editor.getByLabel('Countries').fill('de, nl')
  await editor.getByLabel('OCPI versions').fill('2.2.1')
}

test.describe('as DE*HUB, a listed party without a service', () => {
  test.use({ walletAccount: 15 })

  test('writes a manifest: live preview, inline errors, SVG refused, download hashed as shown, URL handed to the service editor', async ({ page }) => {
    // Many steps, two guarded server fetches and a reload: near the 30 s default on a loaded machine.
    test.slow()
    const listing = await new ListingEditor(page).goto()
    const editor = editorOf(page)
    const preview = editor.getByTestId('manifest-preview')
    // Typed into the service editor before the manifest: it must survive "Use this URL".
    await listing.nameField.fill('Hub CDR Archive')

    // Nothing to host yet: the missing fields are named, no JSON, no hash.
    await expect(editor.getByTestId('manifest-errors')).toContainText('Write a one-line tagline for the catalog card.')
    await expect(editor.getByTestId('manifest-json')).toHaveCount(0)

    await fillManifest(page)
    // The card as the catalog will show it, and the service page's facts.
    const card = preview.getByTestId('service-card')
    await expect(card.getByTestId('service-tagline')).toHaveText('Archive every CDR your customers push')
    await expect(card.getByTestId('service-category')).toHaveAttribute('data-category', 'reporting')
    await expect(card.getByTestId('service-pricing')).toHaveAttribute('data-model', 'per-session')
    await expect(card.getByTestId('provider-credentials')).toHaveText('DE*HUB')
    await expect(preview.getByTestId('preview-pricing')).toHaveText('Per session: 0.01 EUR per CDR')
    await expect(preview).toContainText('DE and NL')
    await editor.getByLabel('Tagline').fill('Archive every CDR, ten years')
    await expect(card.getByTestId('service-tagline')).toHaveText('Archive every CDR, ten years')

    // An invalid URL: its own error under the field, and no file to host until it is fixed.
    await editor.getByLabel('Terms URL').fill('terms at our site')
    await expect(editor.getByText('Terms URL must be an http:// or https:// address, without a user name or password.').first()).toBeVisible()
    await expect(editor.getByLabel('Terms URL')).toHaveAttribute('aria-invalid', 'true')
    await expect(editor.getByTestId('manifest-json')).toHaveCount(0)
    await editor.getByLabel('Terms URL').fill('https://archive.dehub.example/terms')
    await expect(editor.getByTestId('manifest-errors')).toHaveCount(0)

    // SVG is refused with a reason; a PNG is taken and embedded.
    const logo = editor.getByLabel('Logo')
    await logo.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: SVG })
    await expect(editor.getByText(/^SVG logos are refused/)).toBeVisible()
    await expect(editor.getByTestId('manifest-logo-thumbnail')).toHaveCount(0)
    await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG })
    await expect(editor.getByTestId('manifest-logo-thumbnail')).toBeVisible()
    await expect(card.getByTestId('service-logo')).toHaveAttribute('src', `data:image/png;base64,${PNG.toString('base64')}`)
    await expect(editor.getByText(/^SVG logos are refused/)).toHaveCount(0)
    await expect(editor.getByTestId('manifest-json')).toContainText(`"logo": "data:image/png;base64,${PNG.toString('base64')}"`)

    // The download is byte for byte the JSON shown, and hashes to the hash shown.
    const hash = editor.getByTestId('manifest-hash')
    await expect(hash).toHaveText(/^sha256-[A-Za-z0-9+/]{43}=$/)
    const [download] = await Promise.all([page.waitForEvent('download'), editor.getByTestId('manifest-download').click()])
    expect(download.suggestedFilename()).toBe('ocn-service.json')
    const bytes = await readFile((await download.path())!)
    expect(`sha256-${createHash('sha256').update(bytes).digest('base64')}`).toBe(await hash.textContent())
    expect(bytes.toString('utf8')).toBe(`${await editor.getByTestId('manifest-json').textContent()}`)
    const manifest = JSON.parse(bytes.toString('utf8'))
    expect(manifest).toMatchObject({ manifestVersion: 1, categories: ['reporting'], countries: ['DE', 'NL'], pricing: { model: 'per-session' } })

    // Hosted at a URL: the on-chain URL carries the hash; "Use this URL" puts it in the service editor.
    const hosted = `${E2E_APP_URL}/dehub/ocn-service.json`
    await editor.getByLabel('Hosted at').fill(hosted)
    const onChain = `${hosted}#${await hash.textContent()}`
    await expect(editor.getByTestId('manifest-onchain-url')).toHaveText(onChain)
    await editor.getByTestId('manifest-use-url').click()
    await expect(listing.urlField).toHaveValue(onChain)
    await expect(listing.nameField).toHaveValue('Hub CDR Archive')
    await expect(listing.preview.getByTestId('service-name')).toHaveText('Hub CDR Archive')

    // Nothing is hosted there yet: the check says so, through the server's guarded fetch.
    await editor.getByTestId('manifest-check').click()
    const result = editor.getByTestId('manifest-check-result')
    await expect(result).toHaveAttribute('data-state', 'none')
    await expect(result).toContainText(`Fetched: ${hosted}`)
    // Some other JSON hosted there (the app's own JSON Schema): not what this hash commits, and nothing to load.
    await editor.getByLabel('Hosted at').fill(`${E2E_APP_URL}/schemas/ocn-service-manifest-v1.schema.json`)
    await expect(editor.getByTestId('manifest-check-stale')).toBeVisible()
    await editor.getByTestId('manifest-check').click()
    await expect(result).toHaveAttribute('data-state', 'changed')
    const schemaBytes = await (await fetch(`${E2E_APP_URL}/schemas/ocn-service-manifest-v1.schema.json`)).arrayBuffer()
    await expect(result).toContainText(`The hosted file hashes to sha256-${createHash('sha256').update(Buffer.from(schemaBytes)).digest('base64')}`)
    await expect(editor.getByTestId('manifest-load-hosted')).toHaveCount(0)

    // A page without .json: the file is fetched from the origin's well-known path.
    await editor.getByLabel('Hosted at').fill(`${E2E_APP_URL}/dehub/ocn`)
    await expect(editor.getByTestId('manifest-fetched-from')).toContainText(`${E2E_APP_URL}/.well-known/ocn-service.json`)

    // The draft survives a reload, logo included.
    await page.reload()
    await expect(editor.getByLabel('Tagline')).toHaveValue('Archive every CDR, ten years')
    await expect(editor.getByTestId('manifest-logo-thumbnail')).toBeVisible()
    await expect(editor.getByTestId('manifest-hash')).toHaveText(`sha256-${createHash('sha256').update(bytes).digest('base64')}`)
  })
})
