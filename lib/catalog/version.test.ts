import { describe, expect, it } from 'vitest'
import { catalogIndexVersion, sameCatalog } from './version'

describe('catalog index versions', () => {
  it('agree on the catalog whatever the manifest epochs, and not across catalogs', () => {
    expect(sameCatalog(catalogIndexVersion('p6ke5uUR5JryW1QyYXEA2-', 107), catalogIndexVersion('p6ke5uUR5JryW1QyYXEA2-', 112))).toBe(true)
    expect(sameCatalog(catalogIndexVersion('p6ke5uUR5JryW1QyYXEA2-', 107), catalogIndexVersion('q7ke5uUR5JryW1QyYXEA2-', 107))).toBe(false)
    expect(sameCatalog('abc', catalogIndexVersion('abc', 0))).toBe(true)
  })
})
