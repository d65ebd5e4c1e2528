import { describe, expect, it } from 'vitest'
import { gzipSize, largestScripts, measureBundles, parseAttributes, scriptUrls, sumSizes } from './bundle-size'

// Shaped like a Next 16 page: async chunks, preload hints, an inline RSC payload, a nomodule polyfill, and the
// non-script links (stylesheet, style and font preloads) that must not be counted.
const PAGE = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js?dpl=abc&amp;v=2"/>
<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2" crossorigin=""/>
<link rel="preload" as="style" href="/_next/static/chunks/other.css"/>
<link REL='modulepreload' href='https://cdn.example.com/shared.js'>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
</head><body>
<script>self.__next_f.push([1,"\\u003cscript src=/not-a-tag.js\\u003e"])</script>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src=chunks/page.js async></script>
<script type="module" src="/_next/static/chunks/webpack.js?dpl=abc&amp;v=2"></script>
</body></html>`

describe('scriptUrls', () => {
  it('lists each script the page loads once, absolute and in document order', () => {
    expect(scriptUrls(PAGE, 'http://127.0.0.1:3190/services/list')).toEqual([
      'http://127.0.0.1:3190/_next/static/chunks/webpack.js?dpl=abc&v=2',
      'https://cdn.example.com/shared.js',
      'http://127.0.0.1:3190/_next/static/chunks/main.js',
      'http://127.0.0.1:3190/services/chunks/page.js',
    ])
  })

  it('finds nothing on a page without scripts', () => {
    expect(scriptUrls('<html><head><link rel="icon" href="/favicon.ico"></head></html>', 'http://x/')).toEqual([])
  })
})

describe('parseAttributes', () => {
  it('reads quoted, bare and empty values with lower-case names', () => {
    const attributes = parseAttributes(` SRC="/a.js?x=1&amp;y=&#39;2&#x27;" data-n=3 async defer=''`)
    expect(Object.fromEntries(attributes)).toEqual({ src: "/a.js?x=1&y='2'", 'data-n': '3', async: '', defer: '' })
  })
})

describe('sizes', () => {
  it('sums raw and gzip bytes', () => {
    const scripts = [
      { url: 'a', raw: 1_000, gzip: 300 },
      { url: 'b', raw: 24_576, gzip: 7_000 },
      { url: 'c', raw: 5, gzip: 25 },
    ]
    expect(sumSizes(scripts)).toEqual({ raw: 25_581, gzip: 7_325 })
    expect(sumSizes([])).toEqual({ raw: 0, gzip: 0 })
    expect(largestScripts(scripts, 2).map((script) => script.url)).toEqual(['b', 'a'])
  })

  it('gzips: an empty body is the 20-byte frame, repetition compresses', () => {
    expect(gzipSize(new Uint8Array(0))).toBe(20)
    expect(gzipSize(new TextEncoder().encode('a'.repeat(10_000)))).toBeLessThan(100)
  })
})

describe('measureBundles', () => {
  it('fetches each distinct script once across pages and totals every page', async () => {
    const bodies: Record<string, string> = {
      'http://app.test/': '<script src="/a.js"></script><script src="/b.js"></script>',
      'http://app.test/services': '<link rel="preload" as="script" href="/a.js"><script src="/c.js"></script>',
      'http://app.test/a.js': 'a'.repeat(1_000),
      'http://app.test/b.js': '',
      'http://app.test/c.js': 'c'.repeat(300),
    }
    const fetched: string[] = []
    const fakeFetch = (async (input: string | URL | Request) => {
      const url = String(input)
      fetched.push(url)
      return url in bodies ? new Response(bodies[url]) : new Response('missing', { status: 404 })
    }) as typeof fetch

    const pages = await measureBundles('http://app.test', ['/', '/services'], fakeFetch)

    expect(fetched.filter((url) => url.endsWith('.js')).sort()).toEqual(['http://app.test/a.js', 'http://app.test/b.js', 'http://app.test/c.js'])
    expect(pages.map(({ path, scripts, raw }) => ({ path, count: scripts.length, raw }))).toEqual([
      { path: '/', count: 2, raw: 1_000 },
      { path: '/services', count: 2, raw: 1_300 },
    ])
    const gzipOf = (url: string) => pages.flatMap((page) => page.scripts).find((script) => script.url === url)!.gzip
    expect(pages[1].gzip).toBe(gzipOf('http://app.test/a.js') + gzipOf('http://app.test/c.js'))
    expect(gzipOf('http://app.test/b.js')).toBe(20)
  })

  it('fails on a script the server does not have', async () => {
    const fakeFetch = (async (input: string | URL | Request) =>
      String(input).endsWith('.js') ? new Response('', { status: 404 }) : new Response('<script src="/gone.js"></script>')) as typeof fetch
    await expect(measureBundles('http://app.test', ['/'], fakeFetch)).rejects.toThrow('GET http://app.test/gone.js answered 404.')
  })
})
