import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestListener, TEST_LISTENER_PORT } from '../devnet/test-listener'
import { type FetchOutcome, type FetchPolicy, type ResolvedAddress, safeFetch } from './safe-fetch'

const PORT = TEST_LISTENER_PORT
const TLS_PORT = Number(process.env.OCN_TEST_TLS_PORT ?? 8558)
const MANIFEST = '{"manifestVersion":1}\n'
const LOCAL: FetchPolicy = { allowLocal: true, timeoutMs: 2_000, maxBytes: 64 * 1024 }
const PUBLIC_ONLY: FetchPolicy = { ...LOCAL, allowLocal: false }

/** A resolver that knows only the names a test gives it, and counts how often it was asked. */
function fakeDns(table: Record<string, string[]>) {
  const asked: string[] = []
  const lookup = async (hostname: string): Promise<ResolvedAddress[]> => {
    asked.push(hostname)
    const addresses = table[hostname]
    if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }
  return { lookup, asked }
}

function text(outcome: FetchOutcome): string {
  if (outcome.kind !== 'body') throw new Error(`expected a body, got ${outcome.kind}: ${outcome.reason}`)
  return new TextDecoder().decode(outcome.bytes)
}

let closedStreams = 0
const chain = (n: number) => `/chain/${n}`

const server = await startTestListener((request, _body, response) => {
  const path = request.url ?? ''
  const json = { 'content-type': 'application/json' }
  if (path === '/manifest.json') return response.writeHead(200, json).end(MANIFEST)
  if (path === '/charset.json') return response.writeHead(200, { 'content-type': 'Application/JSON; charset=utf-8' }).end(MANIFEST)
  if (path === '/plus.json') return response.writeHead(200, { 'content-type': 'application/vnd.ocn.manifest+json' }).end(MANIFEST)
  if (path === '/html') return response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>')
  if (path === '/plain') return response.writeHead(200, { 'content-type': 'text/plain' }).end(MANIFEST)
  if (path === '/untyped') return response.writeHead(200).end(MANIFEST)
  if (path === '/gzip') return response.writeHead(200, { ...json, 'content-encoding': 'gzip' }).end(MANIFEST)
  const status = /^\/status\/(\d+)$/.exec(path)
  if (status) return response.writeHead(Number(status[1]), json).end('{}')
  if (path === '/same-relative') return response.writeHead(302, { location: '/manifest.json' }).end()
  if (path === '/same-absolute') return response.writeHead(301, { location: `http://evil.example:${PORT}/manifest.json` }).end()
  if (path === '/other-host') return response.writeHead(302, { location: `http://other.example:${PORT}/manifest.json` }).end()
  if (path === '/other-port') return response.writeHead(307, { location: `http://evil.example:${TLS_PORT}/manifest.json` }).end()
  if (path === '/other-scheme') return response.writeHead(308, { location: `https://evil.example:${PORT}/manifest.json` }).end()
  if (path === '/loop') return response.writeHead(302, { location: '/loop' }).end()
  const hop = /^\/chain\/(\d+)$/.exec(path)
  if (hop) return response.writeHead(302, { location: hop[1] === '0' ? '/manifest.json' : chain(Number(hop[1]) - 1) }).end()
  if (path === '/exact') return response.writeHead(200, json).end('x'.repeat(LOCAL.maxBytes))
  if (path === '/declared-large') return response.writeHead(200, { ...json, 'content-length': String(LOCAL.maxBytes + 1) }).end('x'.repeat(LOCAL.maxBytes + 1))
  if (path === '/forever') {
    response.writeHead(200, json)
    const chunk = 'x'.repeat(8192)
    const timer = setInterval(() => response.write(chunk), 1)
    response.on('close', () => {
      clearInterval(timer)
      closedStreams++
    })
    return
  }
  if (path === '/trickle') {
    response.writeHead(200, json)
    const timer = setInterval(() => response.write(' '), 100)
    response.on('close', () => clearInterval(timer))
    return
  }
  if (path === '/silent') return
  response.writeHead(500).end()
}, PORT)

afterAll(() => server.stop())

describe('safeFetch: what is fetched', () => {
  const dns = fakeDns({ 'evil.example': ['127.0.0.1'], 'other.example': ['127.0.0.1'] })
  const at = (path: string) => `http://evil.example:${PORT}${path}`

  it('returns the exact bytes of a JSON answer (application/json with parameters, +json types)', async () => {
    expect(text(await safeFetch(at('/manifest.json'), LOCAL, dns))).toBe(MANIFEST)
    expect(text(await safeFetch(at('/charset.json'), LOCAL, dns))).toBe(MANIFEST)
    expect(text(await safeFetch(at('/plus.json'), LOCAL, dns))).toBe(MANIFEST)
  })

  it('refuses anything that is not JSON, and a compressed answer whose bytes would not be the hosted ones', async () => {
    expect(await safeFetch(at('/html'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the server answered with text/html, not JSON' })
    expect(await safeFetch(at('/plain'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the server answered with text/plain, not JSON' })
    expect(await safeFetch(at('/untyped'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the server did not say what it answered (no content type)' })
    expect(await safeFetch(at('/gzip'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the server compressed its answer although asked not to' })
  })

  it('reads 404 and 410 as no manifest, any other error status as a failure', async () => {
    expect(await safeFetch(at('/status/404'), LOCAL, dns)).toEqual({ kind: 'missing', reason: 'the server answered 404: no manifest there' })
    expect(await safeFetch(at('/status/410'), LOCAL, dns)).toEqual({ kind: 'missing', reason: 'the server answered 410: no manifest there' })
    expect(await safeFetch(at('/status/500'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the server answered 500' })
    expect(await safeFetch(at('/status/503'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the server answered 503' })
    expect(await safeFetch(at('/status/403'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the server answered 403' })
  })

  it('accepts exactly the cap and refuses one byte more, declared or not', async () => {
    const exact = await safeFetch(at('/exact'), LOCAL, dns)
    expect(exact.kind === 'body' && exact.bytes.length).toBe(LOCAL.maxBytes)
    expect(await safeFetch(at('/declared-large'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the manifest is larger than 64 KiB' })
  })

  it('stops reading a server that streams forever, and closes the connection', async () => {
    const before = closedStreams
    const started = Date.now()
    expect(await safeFetch(at('/forever'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the manifest is larger than 64 KiB' })
    expect(Date.now() - started).toBeLessThan(LOCAL.timeoutMs)
    await expect.poll(() => closedStreams, { timeout: 2_000 }).toBe(before + 1)
  })

  it('gives up on a silent server, and on one that trickles bytes, at the one deadline', async () => {
    const policy = { ...LOCAL, timeoutMs: 600 }
    for (const path of ['/silent', '/trickle']) {
      const started = Date.now()
      expect(await safeFetch(at(path), policy, dns)).toEqual({ kind: 'failed', reason: 'no answer within 0.6 s' })
      const took = Date.now() - started
      expect(took).toBeGreaterThanOrEqual(550)
      expect(took).toBeLessThan(1_500)
    }
  })

  it('gives up on a resolver that never answers at the same deadline', async () => {
    const started = Date.now()
    const lookup = () => new Promise<ResolvedAddress[]>(() => {})
    expect(await safeFetch(at('/manifest.json'), { ...LOCAL, timeoutMs: 300 }, { lookup })).toEqual({ kind: 'failed', reason: 'no answer within 0.3 s' })
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('says a refused connection and an unknown name in words', async () => {
    expect(await safeFetch(`http://evil.example:${TLS_PORT}/manifest.json`, LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the server refused the connection' })
    expect(await safeFetch(`http://nowhere.example:${PORT}/manifest.json`, LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the name nowhere.example does not resolve' })
    expect(await safeFetch('not a url', LOCAL, dns)).toEqual({ kind: 'failed', reason: 'the address is not a URL' })
    expect(await safeFetch('ftp://evil.example/manifest.json', LOCAL, dns)).toEqual({ kind: 'failed', reason: 'only http and https addresses are fetched' })
    expect(await safeFetch(`http://user:pw@evil.example:${PORT}/manifest.json`, LOCAL, dns)).toEqual({
      kind: 'failed',
      reason: 'addresses with a user name or password are not fetched',
    })
  })
})

describe('safeFetch: redirects', () => {
  const at = (path: string) => `http://evil.example:${PORT}${path}`

  it('follows a redirect within the same origin, relative or absolute', async () => {
    const dns = fakeDns({ 'evil.example': ['127.0.0.1'] })
    expect(text(await safeFetch(at('/same-relative'), LOCAL, dns))).toBe(MANIFEST)
    expect(text(await safeFetch(at('/same-absolute'), LOCAL, dns))).toBe(MANIFEST)
  })

  it('refuses a redirect to another host, port or scheme, without fetching it', async () => {
    const dns = fakeDns({ 'evil.example': ['127.0.0.1'], 'other.example': ['127.0.0.1'] })
    const before = server.hitsOn('/manifest.json')
    for (const path of ['/other-host', '/other-port', '/other-scheme']) {
      expect(await safeFetch(at(path), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'redirects to another origin are not followed' })
    }
    expect(server.hitsOn('/manifest.json')).toBe(before)
    expect(dns.asked).not.toContain('other.example')
  })

  it('follows at most 3 redirects and stops a loop', async () => {
    const dns = fakeDns({ 'evil.example': ['127.0.0.1'] })
    expect(text(await safeFetch(at(chain(2)), LOCAL, dns))).toBe(MANIFEST)
    expect(await safeFetch(at(chain(3)), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'more than 3 redirects' })
    const before = server.hitsOn('/loop')
    expect(await safeFetch(at('/loop'), LOCAL, dns)).toEqual({ kind: 'failed', reason: 'more than 3 redirects' })
    expect(server.hitsOn('/loop') - before).toBe(4)
  })

  it('tries the checked addresses in turn when the first does not answer (localhost as ::1 and 127.0.0.1)', async () => {
    const dns = fakeDns({ 'evil.example': ['127.0.0.2', '127.0.0.1'] })
    expect(text(await safeFetch(at('/manifest.json'), LOCAL, dns))).toBe(MANIFEST)
    expect(dns.asked).toEqual(['evil.example'])
  })

  it('on the local network, fetches from the real localhost (whichever of its addresses the server listens on)', async () => {
    expect(text(await safeFetch(`http://localhost:${PORT}/manifest.json`, LOCAL))).toBe(MANIFEST)
  })

  it('connects to the address it checked: a redirect is not a second DNS lookup a rebinding server could answer', async () => {
    // Asked again, this resolver would send the connection to 127.0.0.2, where nothing listens.
    let answers = 0
    const lookup = async (): Promise<ResolvedAddress[]> => [{ address: answers++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }]
    expect(text(await safeFetch(at(chain(2)), LOCAL, { lookup }))).toBe(MANIFEST)
    expect(answers).toBe(1)
  })
})

describe('safeFetch: the address guard (outside the local network)', () => {
  it('refuses plain http', async () => {
    const dns = fakeDns({ 'provider.example': ['93.184.216.34'] })
    expect(await safeFetch('http://provider.example/manifest.json', PUBLIC_ONLY, dns)).toEqual({ kind: 'failed', reason: 'only https addresses are fetched' })
    expect(dns.asked).toEqual([])
  })

  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['10.0.0.5', 'a private address (10.0.0.0/8)'],
    ['::ffff:169.254.169.254', 'an IPv4-mapped form of the cloud metadata address'],
    ['169.254.169.254', 'the cloud metadata address'],
    ['::1', 'a loopback address (::1)'],
    ['fd00::5', 'a unique local address'],
  ])('refuses a name that resolves to %s, before connecting', async (address, why) => {
    const dns = fakeDns({ 'evil.example': [address] })
    const before = server.hits.length
    const outcome = await safeFetch(`https://evil.example:${PORT}/manifest.json`, PUBLIC_ONLY, dns)
    expect(outcome.kind).toBe('failed')
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(new RegExp(`^evil\\.example resolves to ${escape(address)}, ${escape(why)}.*: manifests are fetched only from public addresses$`))
    expect(server.hits.length).toBe(before)
  })

  it('refuses a name with one public and one private address', async () => {
    const dns = fakeDns({ 'mixed.example': ['93.184.216.34', '192.168.1.10'] })
    const outcome = await safeFetch(`https://mixed.example:${PORT}/manifest.json`, PUBLIC_ONLY, dns)
    expect(outcome).toEqual({
      kind: 'failed',
      reason: 'mixed.example resolves to 192.168.1.10, a private address (192.168.0.0/16): manifests are fetched only from public addresses',
    })
  })

  it.each(['localhost'])('refuses the real %s (the system resolver)', async (name) => {
    const outcome = await safeFetch(`https://${name}:${PORT}/manifest.json`, PUBLIC_ONLY)
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(new RegExp(`^${escape(name)} resolves to (127\\.0\\.0\\.1|::1), a loopback address`))
  })

  it.each([
    ['https://127.0.0.1/', '127.0.0.1', 'a loopback address'],
    ['https://0x7f.1/', '127.0.0.1', 'a loopback address'],
    ['https://2130706433/', '127.0.0.1', 'a loopback address'],
    ['https://0177.0.0.1/', '127.0.0.1', 'a loopback address'],
    ['https://127.1/', '127.0.0.1', 'a loopback address'],
    ['https://127.0.0.1./', '127.0.0.1', 'a loopback address'],
    ['https://%31%32%37.0.0.1/', '127.0.0.1', 'a loopback address'],
    ['https://0xa9.0xfe.0xa9.0xfe/', '169.254.169.254', 'the cloud metadata address'],
    ['https://[::1]/', '::1', 'a loopback address (::1)'],
    ['https://[::ffff:127.0.0.1]/', '::ffff:7f00:1', 'an IPv4-mapped form of a loopback address'],
    ['https://[::ffff:a9fe:a9fe]/', '::ffff:a9fe:a9fe', 'an IPv4-mapped form of the cloud metadata address'],
    ['https://[fe80::1]/', 'fe80::1', 'a link-local address'],
  ])('refuses the address literal %s (the URL parser normalises its spelling)', async (url, address, why) => {
    const dns = fakeDns({})
    const outcome = await safeFetch(url, PUBLIC_ONLY, dns)
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(new RegExp(`^the address ${escape(address)} is ${escape(why)}`))
    expect(dns.asked).toEqual([])
  })
})

describe('safeFetch over https', () => {
  let dir = ''
  let cert = ''
  let stopTls: () => Promise<void> = async () => {}

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ocn-safe-fetch-'))
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=manifests.example', '-addext', 'subjectAltName=DNS:manifests.example',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' })
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8')
    const tls = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(MANIFEST)
    })
    await new Promise<void>((resolve) => tls.listen(TLS_PORT, '127.0.0.1', resolve))
    stopTls = () => new Promise((resolve) => tls.close(() => resolve()))
  })

  afterAll(async () => {
    await stopTls()
    rmSync(dir, { recursive: true, force: true })
  })

  it('connects to the checked address and still verifies the certificate for the name (SNI kept)', async () => {
    const dns = fakeDns({ 'manifests.example': ['127.0.0.1'], 'other.example': ['127.0.0.1'] })
    expect(text(await safeFetch(`https://manifests.example:${TLS_PORT}/ocn.json`, LOCAL, { ...dns, ca: cert }))).toBe(MANIFEST)
    const wrongName = await safeFetch(`https://other.example:${TLS_PORT}/ocn.json`, LOCAL, { ...dns, ca: cert })
    expect(wrongName.kind === 'failed' && wrongName.reason).toBe("the server's TLS certificate is not valid for it (ERR_TLS_CERT_ALTNAME_INVALID)")
    const untrusted = await safeFetch(`https://manifests.example:${TLS_PORT}/ocn.json`, LOCAL, dns)
    expect(untrusted.kind === 'failed' && untrusted.reason).toMatch(/^the server's TLS certificate is not valid for it/)
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
