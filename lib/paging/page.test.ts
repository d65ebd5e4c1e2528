import { describe, expect, it } from 'vitest'
import { deT, enT } from '../i18n/testing'
import { describeRange, pageNumbers, pageOf, parsePage, withPage } from './page'

const items = Array.from({ length: 103 }, (_, i) => i)

describe('paging', () => {
  it('cuts a page and says where it starts', () => {
    const page = pageOf(items, 2, 25)
    expect(page).toMatchObject({ page: 2, pages: 5, matched: 103, start: 25 })
    expect(page.items).toEqual(items.slice(25, 50))
    expect(pageOf(items, 5, 25).items).toEqual([100, 101, 102])
  })

  it('clamps a page out of range, and an empty list still has one page', () => {
    expect(pageOf(items, 99, 25)).toMatchObject({ page: 5, start: 100 })
    expect(pageOf(items, 0, 25).page).toBe(1)
    expect(pageOf(items, Number.NaN, 25).page).toBe(1)
    expect(pageOf([], 3, 25)).toEqual({ items: [], page: 1, pages: 1, matched: 0, start: 0 })
  })

  it('reads only plain positive page numbers from a URL', () => {
    expect(parsePage(new URLSearchParams('page=12'))).toBe(12)
    expect(parsePage({ page: ['3', '4'] })).toBe(3)
    for (const raw of ['', 'x', '-1', '0', '1.5', '0x10', ' ', '1234567890']) expect(parsePage(new URLSearchParams({ page: raw })), raw).toBe(1)
    expect(parsePage(new URLSearchParams('nodepage=4'), 'nodepage')).toBe(4)
  })

  it('shows the first, last and neighbouring pages, with gaps between', () => {
    expect(pageNumbers(1, 1)).toEqual([1])
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3])
    expect(pageNumbers(1, 10)).toEqual([1, 2, 'gap', 10])
    expect(pageNumbers(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10])
    expect(pageNumbers(3, 10)).toEqual([1, 2, 3, 4, 'gap', 10])
    expect(pageNumbers(10, 10)).toEqual([1, 'gap', 9, 10])
  })

  it('keeps the rest of the query in page links, and page 1 is the bare URL', () => {
    expect(withPage('q=pay&country=DE', 3)).toBe('q=pay&country=DE&page=3')
    expect(withPage('q=pay&page=3', 1)).toBe('q=pay')
    expect(withPage('page=2', 4, 'nodepage')).toBe('page=2&nodepage=4')
  })

  it('describes the range shown', () => {
    expect(describeRange(pageOf(items.slice(0, 5), 1, 25), 5, 'services', enT)).toBe('5 services')
    expect(describeRange(pageOf(items.slice(0, 1), 1, 25), 5, 'services', enT)).toBe('1 of 5 services')
    expect(describeRange(pageOf(Array.from({ length: 10_003 }, () => 0), 2, 24), 10_003, 'services', enT)).toBe('Showing 25–48 of 10,003 services')
    expect(describeRange(pageOf(items, 5, 25), 10_003, 'services', enT)).toBe('Showing 101–103 of 103 matching services (10,003 in all)')
    expect(describeRange(pageOf(items.slice(0, 1), 1, 25), 1, 'parties', enT)).toBe('1 party')
  })

  it('describes it in German, with German numbers and plurals', () => {
    expect(describeRange(pageOf(Array.from({ length: 10_003 }, () => 0), 2, 24), 10_003, 'services', deT)).toBe('25–48 von 10.003 Diensten')
    expect(describeRange(pageOf(items, 5, 25), 10_003, 'parties', deT)).toBe('101–103 von 103 passenden Parteien (insgesamt 10.003)')
    expect(describeRange(pageOf(items.slice(0, 1), 1, 25), 1, 'services', deT)).toBe('1 Dienst')
  })
})
