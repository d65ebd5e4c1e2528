import { expect, test } from './support/fixtures'

test('the icon is served from public/, and the page names it, so browsers asking for /favicon.ico get one', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  // An ICO file starts with reserved 0, type 1 (icon).
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0])
  const svg = await request.get('/icon.svg')
  expect(svg.status()).toBe(200)
  expect(svg.headers()['content-type']).toContain('image/svg+xml')

  await page.goto('/')
  await expect(page.locator('link[rel="icon"][href="/icon.svg"]')).toHaveCount(1)
  await expect(page.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1)
})

test('an unknown address gives a 404 page that offers the way back', async ({ page }) => {
  expect((await page.goto('/no-such-page'))?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible()
  const back = page.getByRole('navigation', { name: 'Ways back' })
  await back.getByRole('link', { name: 'Browse services' }).click()
  await expect(page).toHaveURL(/\/services$/)
  await expect(page.getByRole('heading', { level: 1, name: 'OCN services' })).toBeVisible()
})
