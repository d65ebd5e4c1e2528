import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { canonicalNodeUrl, nodeUrlKey, spellingTwins } from './node-url'

const stored = (input: string) => {
  const result = canonicalNodeUrl(input)
  return result.ok ? result.url : `refused: ${result.problem}`
}

describe('canonical node URLs', () => {
  it('stores the WHATWG serialisation without trailing slashes, as ocn-node writes its own URL', () => {
    expect(stored('http://localhost:8080')).toBe('http://localhost:8080')
    expect(stored('  http://localhost:8080/ ')).toBe('http://localhost:8080')
    expect(stored('HTTPS://Node.Example.COM:443/')).toBe('https://node.example.com')
    expect(stored('http://node.example.com:80')).toBe('http://node.example.com')
    expect(stored('https://node.example.com:8443/ocn/')).toBe('https://node.example.com:8443/ocn')
    expect(stored('https://bücher.example/a b'.replace(' ', '%20'))).toBe('https://xn--bcher-kva.example/a%20b')
    expect(stored('https://node.example.com/./x/../ocn//')).toBe('https://node.example.com/ocn')
  })

  it('is idempotent: a stored URL is its own canonical form', () => {
    for (const input of ['HTTPS://Node.Example.COM:443/', 'https://bücher.example/ocn/', 'http://[::1]:8080/']) {
      const once = stored(input)
      expect(stored(once)).toBe(once)
    }
  })

  it('refuses what is no base address of a node', () => {
    expect(stored('')).toBe('refused: Enter the URL of your OCN node.')
    expect(stored('node.example.com')).toMatch(/^refused: Enter a full http:\/\/ or https:\/\/ URL/)
    expect(stored('ftp://node.example.com')).toMatch(/^refused: Enter a full http/)
    expect(stored('https://node\u200b.example.com')).toMatch(/^refused: Enter a full http/)
    expect(stored('https://user:pass@node.example.com')).toBe('refused: A node URL must not contain a user name or password (user:pass@).')
    expect(stored('https://node.example.com/?a=1')).toBe('refused: A node URL is a base address: remove the ?query or #fragment.')
    expect(stored('https://node.example.com/#')).toBe('refused: A node URL is a base address: remove the ?query or #fragment.')
  })

  it('compares listed domains by canonical form, and hostile ones by their raw text', () => {
    expect(nodeUrlKey('HTTP://LOCALHOST:8080/')).toBe('http://localhost:8080')
    expect(nodeUrlKey('not a url\u202e')).toBe('not a url\u202e')
  })
})

describe('spelling twins', () => {
  const node = (n: number, domain: string) => ({ operator: `0x${String(n).padStart(40, '0')}` as Address, domain })

  it('flags each listed node whose URL another one spells differently, and no other', () => {
    const a = node(1, 'http://localhost:8080')
    const b = node(2, 'HTTP://localhost:8080/')
    const c = node(3, 'http://localhost:8081')
    const d = node(4, 'http://localhost:80800')
    const twins = spellingTwins([a, b, c, d])
    expect(twins.get(a.operator)).toEqual([b])
    expect(twins.get(b.operator)).toEqual([a])
    expect(twins.has(c.operator)).toBe(false)
    expect(twins.has(d.operator)).toBe(false)
  })
})
