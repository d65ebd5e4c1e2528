/**
 * Whether an IP address is one the server may fetch a provider's manifest from: a public, globally routed unicast
 * address. Anything else (loopback, private networks, link-local and the cloud metadata endpoint, CGNAT, multicast,
 * documentation and reserved ranges, and IPv6 forms that embed such an IPv4 address) would let a service URL turn
 * the server into a proxy into its own network. Ranges follow the IANA special-purpose address registries.
 *
 * Only canonical spellings are accepted: dotted-quad IPv4 without leading zeros, and IPv6 (optionally with an
 * embedded dotted-quad). The resolver and the WHATWG URL parser both produce those; `0x7f.1`, `2130706433` or
 * `0177.0.0.1` reaching this check means something skipped normalisation, so it is refused rather than guessed at.
 */

export type AddressVerdict = { public: true } | { public: false; reason: string }

type Range4 = { base: number; bits: number; reason: string }

function range4(cidr: string, reason: string): Range4 {
  const [address, bits] = cidr.split('/')
  return { base: parseIPv4(address)!, bits: Number(bits), reason }
}

/** Most specific first: the metadata address must win over the link-local block it sits in. */
const IPV4_RANGES: Range4[] = [
  range4('169.254.169.254/32', 'the cloud metadata address'),
  range4('0.0.0.0/8', 'a "this network" address (0.0.0.0/8)'),
  range4('10.0.0.0/8', 'a private address (10.0.0.0/8)'),
  range4('100.64.0.0/10', 'a carrier-grade NAT address (100.64.0.0/10)'),
  range4('127.0.0.0/8', 'a loopback address (127.0.0.0/8)'),
  range4('169.254.0.0/16', 'a link-local address (169.254.0.0/16)'),
  range4('172.16.0.0/12', 'a private address (172.16.0.0/12)'),
  range4('192.0.0.0/24', 'an IETF protocol address (192.0.0.0/24)'),
  range4('192.0.2.0/24', 'a documentation address (192.0.2.0/24)'),
  range4('192.31.196.0/24', 'an AS112 address (192.31.196.0/24)'),
  range4('192.52.193.0/24', 'an AMT address (192.52.193.0/24)'),
  range4('192.88.99.0/24', 'a 6to4 relay address (192.88.99.0/24)'),
  range4('192.168.0.0/16', 'a private address (192.168.0.0/16)'),
  range4('192.175.48.0/24', 'an AS112 address (192.175.48.0/24)'),
  range4('198.18.0.0/15', 'a benchmarking address (198.18.0.0/15)'),
  range4('198.51.100.0/24', 'a documentation address (198.51.100.0/24)'),
  range4('203.0.113.0/24', 'a documentation address (203.0.113.0/24)'),
  range4('224.0.0.0/4', 'a multicast address (224.0.0.0/4)'),
  range4('240.0.0.0/4', 'a reserved address (240.0.0.0/4)'),
]

/** Canonical dotted-quad to a 32-bit number, or null. */
function parseIPv4(text: string): number | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  let value = 0
  for (const part of parts) {
    // Leading zeros read as octal in some parsers: a spelling that means different things is refused.
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null
    const octet = Number(part)
    if (octet > 255) return null
    value = value * 256 + octet
  }
  return value
}

function inRange4(value: number, { base, bits }: Range4): boolean {
  const size = 2 ** (32 - bits)
  return Math.floor(value / size) === Math.floor(base / size)
}

function classifyIPv4(value: number): AddressVerdict {
  const hit = IPV4_RANGES.find((range) => inRange4(value, range))
  return hit ? { public: false, reason: hit.reason } : { public: true }
}

/** IPv6 text (no brackets, no zone) to eight 16-bit groups, or null. */
function parseIPv6(text: string): number[] | null {
  let head = text
  let tail4: number[] = []
  const lastColon = text.lastIndexOf(':')
  if (text.includes('.', lastColon)) {
    const v4 = parseIPv4(text.slice(lastColon + 1))
    if (v4 === null) return null
    tail4 = [Math.floor(v4 / 65536), v4 % 65536]
    // Keep the colon: `::1.2.3.4` leaves `::`, `::ffff:1.2.3.4` leaves `::ffff:`; drop a lone trailing one.
    head = text.slice(0, lastColon + 1)
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1)
  }
  const want = 8 - tail4.length
  const halves = head.split('::')
  if (halves.length > 2) return null
  const groups = (part: string): number[] | null => {
    if (part === '') return []
    const out: number[] = []
    for (const group of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return null
      out.push(parseInt(group, 16))
    }
    return out
  }
  const left = groups(halves[0])
  if (!left) return null
  if (halves.length === 1) return left.length === want ? [...left, ...tail4] : null
  const right = groups(halves[1])
  if (!right) return null
  const missing = want - left.length - right.length
  // `::` stands for at least one zero group.
  if (missing < 1) return null
  return [...left, ...new Array<number>(missing).fill(0), ...right, ...tail4]
}

function embedded(prefix: string, groups: number[], hi: number): AddressVerdict {
  const inner = classifyIPv4(groups[hi] * 65536 + groups[hi + 1])
  return inner.public ? inner : { public: false, reason: `${prefix} of ${inner.reason}` }
}

function startsWith(groups: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff
    if ((groups[i] & mask) !== (prefix[i] & mask)) return false
  }
  return true
}

const IPV6_RANGES: { prefix: number[]; bits: number; reason: string }[] = [
  { prefix: [0x64, 0xff9b, 1], bits: 48, reason: 'a local-use NAT64 address (64:ff9b:1::/48)' },
  { prefix: [0x100, 0, 0, 0], bits: 64, reason: 'a discard-only address (100::/64)' },
  { prefix: [0x2001, 0xdb8], bits: 32, reason: 'a documentation address (2001:db8::/32)' },
  // Teredo, ORCHID, benchmarking and the other protocol assignments: none is a provider's web server.
  { prefix: [0x2001, 0], bits: 23, reason: 'an IETF protocol address (2001::/23)' },
  { prefix: [0x3fff], bits: 20, reason: 'a documentation address (3fff::/20)' },
  { prefix: [0x5f00], bits: 16, reason: 'a segment-routing address (5f00::/16)' },
  { prefix: [0xfc00], bits: 7, reason: 'a unique local address (fc00::/7)' },
  { prefix: [0xfe80], bits: 10, reason: 'a link-local address (fe80::/10)' },
  { prefix: [0xfec0], bits: 10, reason: 'a site-local address (fec0::/10)' },
  { prefix: [0xff00], bits: 8, reason: 'a multicast address (ff00::/8)' },
]

function classifyIPv6(groups: number[]): AddressVerdict {
  const zeros = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0)
  if (zeros(0, 8)) return { public: false, reason: 'the unspecified address (::)' }
  if (zeros(0, 7) && groups[7] === 1) return { public: false, reason: 'a loopback address (::1)' }
  if (zeros(0, 5) && groups[5] === 0xffff) return embedded('an IPv4-mapped form', groups, 6)
  // Deprecated since 2006 and never a real server's address; only an attempt to smuggle an IPv4 one.
  if (zeros(0, 6)) return { public: false, reason: 'a deprecated IPv4-compatible address (::/96)' }
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return embedded('a NAT64 form', groups, 6)
  const hit = IPV6_RANGES.find(({ prefix, bits }) => startsWith(groups, prefix, bits))
  if (hit) return { public: false, reason: hit.reason }
  if (groups[0] === 0x2002) return embedded('a 6to4 form', groups, 1)
  // Everything outside 2000::/3 is unassigned or special: only global unicast is a web server's address.
  if ((groups[0] & 0xe000) !== 0x2000) return { public: false, reason: 'a reserved address (outside 2000::/3)' }
  return { public: true }
}

/** The verdict on one IP address in text form (IPv6 without brackets; a zone id makes it scoped, so refused). */
export function classifyAddress(ip: string): AddressVerdict {
  if (ip.includes('%')) return { public: false, reason: 'a scoped address (with a zone id)' }
  const v4 = parseIPv4(ip)
  if (v4 !== null) return classifyIPv4(v4)
  if (ip.includes(':')) {
    const v6 = parseIPv6(ip)
    if (v6) return classifyIPv6(v6)
  }
  return { public: false, reason: 'not an IP address in canonical form' }
}

export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip).public
}
