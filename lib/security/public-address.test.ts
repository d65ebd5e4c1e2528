import { describe, expect, it } from 'vitest'
import { classifyAddress, isPublicAddress } from './public-address'

function reason(ip: string): string {
  const verdict = classifyAddress(ip)
  if (verdict.public) throw new Error(`${ip} was classified public`)
  return verdict.reason
}

describe('isPublicAddress: IPv4', () => {
  it.each([
    ['0.0.0.0', '"this network"'],
    ['0.1.2.3', '"this network"'],
    ['10.0.0.5', 'private address (10.0.0.0/8)'],
    ['10.255.255.255', 'private address (10.0.0.0/8)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['169.254.169.254', 'cloud metadata'],
    ['169.254.1.1', 'link-local'],
    ['172.16.0.1', 'private address (172.16.0.0/12)'],
    ['172.31.255.255', 'private address (172.16.0.0/12)'],
    ['192.0.0.8', 'IETF protocol'],
    ['192.0.2.10', 'documentation'],
    ['192.88.99.1', '6to4 relay'],
    ['192.168.1.1', 'private address (192.168.0.0/16)'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.200', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
  ])('refuses %s (%s)', (ip, why) => {
    expect(isPublicAddress(ip)).toBe(false)
    expect(reason(ip)).toContain(why)
  })

  it.each(['1.1.1.1', '8.8.8.8', '93.184.216.34', '100.63.255.255', '100.128.0.0', '172.15.255.255', '172.32.0.0', '169.253.255.255', '192.169.0.1', '198.20.0.1', '223.255.255.255', '11.0.0.1', '126.255.255.255', '128.0.0.1'])(
    'accepts the public address %s (the edges of the refused blocks included)',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true)
    },
  )

  it.each(['2130706433', '0x7f.0.0.1', '0x7f000001', '0177.0.0.1', '127.1', '127.0.1', '127.000.000.001', '017.0.0.1', '1.2.3.256', '1.2.3', '1.2.3.4.5', ' 1.1.1.1', '1.1.1.1 ', '', 'localhost', 'example.com'])(
    'refuses the non-canonical or non-address spelling %j',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(false)
      expect(reason(ip)).toBe('not an IP address in canonical form')
    },
  )
})

describe('isPublicAddress: IPv6', () => {
  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::ffff:127.0.0.1', 'IPv4-mapped form of a loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped form of a loopback'],
    ['::FFFF:7F00:0001', 'IPv4-mapped form of a loopback'],
    ['0:0:0:0:0:ffff:7f00:1', 'IPv4-mapped form of a loopback'],
    ['::ffff:10.0.0.5', 'IPv4-mapped form of a private'],
    ['::ffff:169.254.169.254', 'IPv4-mapped form of the cloud metadata'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped form of the cloud metadata'],
    ['::ffff:0.0.0.0', 'IPv4-mapped form of a "this network"'],
    ['::127.0.0.1', 'IPv4-compatible'],
    ['::7f00:1', 'IPv4-compatible'],
    ['::8.8.8.8', 'IPv4-compatible'],
    ['64:ff9b::127.0.0.1', 'NAT64 form of a loopback'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 form of the cloud metadata'],
    ['64:ff9b::c0a8:101', 'NAT64 form of a private'],
    ['64:ff9b:1::1', 'local-use NAT64'],
    ['2002:7f00:1::1', '6to4 form of a loopback'],
    ['2002:a00:5::', '6to4 form of a private'],
    ['fc00::1', 'unique local'],
    ['fd12:3456:789a::1', 'unique local'],
    ['fd00:ec2::254', 'unique local'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'IETF protocol'],
    ['100::1', 'discard-only'],
    ['5f00::1', 'segment-routing'],
    ['4000::1', 'outside 2000::/3'],
    ['1::1', 'outside 2000::/3'],
  ])('refuses %s (%s)', (ip, why) => {
    expect(isPublicAddress(ip)).toBe(false)
    expect(reason(ip)).toContain(why)
  })

  it.each(['2606:4700:4700::1111', '2a00:1450:4001:82b::200e', '::ffff:8.8.8.8', '::ffff:808:808', '64:ff9b::8.8.8.8', '2002:808:808::1', '2001:4860:4860::8888', '3ffe::1'])(
    'accepts the public address %s',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true)
    },
  )

  it.each(['fe80::1%eth0', 'fe80::1%25eth0', '2606:4700:4700::1111%1'])('refuses %s: a zone id makes it scoped', (ip) => {
    expect(reason(ip)).toContain('scoped')
  })

  it.each(['[::1]', ':::1', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '::ffff:127.0.0.01', '::ffff:1.2.3', 'g::1', '12345::1', '1:2:3:4:5:6:7:8::'])(
    'refuses the malformed IPv6 %j',
    (ip) => {
      expect(reason(ip)).toBe('not an IP address in canonical form')
    },
  )
})
