/**
 * Hostile records for the local OCN network, added on demand over the demo seed. The contracts check little
 * more than a Registry listing and one permission (ocn-spec §6), so anyone can publish markup, script URLs,
 * bidi spoofs, oversized text and unknown permissions on the real chains: the UI is tested against them here.
 * The actors are fresh addresses, never anvil's default accounts, which belong to the demo seed.
 */
import { type Address, concatHex, type Hex, hexToString, keccak256, stringToHex, toHex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { ROLE } from '../ocn/catalog'

/**
 * 1 and 2 are the demo nodes (anvil accounts 1 and 2); 'hostile' is the node listed with HOSTILE_NODE_DOMAIN;
 * 'own' is a node the provider lists itself, with the domain HOSTILE_OWN_NODE_DOMAIN.
 */
export type NodeChoice = 1 | 2 | 'hostile' | 'own'

export type HostileService = {
  /** As the app reads it back (invalid UTF-8 decodes to U+FFFD). */
  name: string
  /** Sent instead of `name`'s UTF-8 when set: bytes that are not UTF-8 at all. */
  nameBytes?: Hex
  url: string
  permissions: readonly bigint[]
}

export type HostileProvider = {
  /**
   * OCPI credentials, written to the chain byte for byte without the app's validation (the Registry only
   * checks that they are non-zero). Under ZZ, a user-assigned ISO code, unless they imitate a demo party.
   */
  countryCode: string
  partyId: string
  node: NodeChoice
  /**
   * Published in order, each withdrawn (deleteService) before the next: a plain overwrite keeps one entry in
   * getProviders(), while a withdrawn provider that publishes again is appended to it a second time.
   */
  services: readonly HostileService[]
  /** Deletes the Registry listing after publishing: the service stays live, without a party. */
  deletePartyAfterwards?: boolean
}

export const HOSTILE_NODE_DOMAIN = 'javascript:alert(1)'

function repeatTo(phrase: string, length: number): string {
  return phrase.repeat(Math.ceil(length / phrase.length)).slice(0, length)
}

const LONG_URL_BASE = 'https://billing.longlisting.example/ocn/v1/cdrs?'

/**
 * About 725 gas a byte (storage, calldata and the event) against anvil's 30M block gas limit, which public
 * chains share: a service's name and URL together, or a node's domain, fit about 40,000 bytes in one block.
 */
const HUGE_VALUE_LENGTH = 38_000

/** One unbroken word: nothing for the browser to wrap at but `overflow-wrap: anywhere`. */
const HUGE_NAME = repeatTo('SmartPaymentRoamingBillingInvoicing', HUGE_VALUE_LENGTH)
const HUGE_URL = `https://cdn.hugeurl.example/${repeatTo('download%2Fcdrs%2F2026%3Fpage%3D', HUGE_VALUE_LENGTH - 28)}`

/** The domain of the node a provider lists itself ('own'); 30,000 characters, no dot to wrap at. */
export const HOSTILE_OWN_NODE_DOMAIN = `https://${repeatTo('ocn-node-operated-by-everything-analytics-', 30_000 - 21)}.example:8443`

/** U+0430 and U+0435, Cyrillic а and е, look exactly like Latin a and e. */
const CYRILLIC_A = '\u0430', CYRILLIC_E = '\u0435'

/** Every kind of line break: CRLF, CR, LF, NEL, line and paragraph separators, and a tab. */
const LINE_BREAKS_NAME = 'Roaming Billing\r\n& Invoicing\rSmart Payment\nThird line\u0085NEL\u2028Line separator\u2029Paragraph\tTabbed'

/**
 * Members of the Unicode classes that hide or reorder text: C0 and C1 controls (NUL, BEL, ESC with a terminal
 * colour sequence), format characters (soft hyphen, Arabic letter mark, Mongolian vowel separator, word joiner,
 * invisible operators, bidi isolates, interlinear annotations, tags, musical formats), default-ignorables
 * (combining grapheme joiner, Hangul fillers, variation selectors), a private-use character and 300 stacked
 * combining marks.
 */
const CONTROL_CHARACTERS_NAME =
  'Tariff\u0000Feed\u0007 \u001b[31mRED\u001b[0m \u009bC1 Pay\u00adment\u034f\u061c\u115f\u180e\u2060\u2061\u2062' +
  '\u2066isolated\u2069\u3164\ufe0f\ufff9annotated\ufffa\ufffb\u{E0001}\u{E0054}\u{E0041}\u{E0047}\u{1D173}\u{F0000} Z' +
  '\u0336\u0337\u0338'.repeat(100)

/** A name whose bytes are not UTF-8: a lone continuation byte, an overlong slash, an encoded surrogate. */
const INVALID_UTF8_NAME = concatHex([stringToHex('Broken '), '0xff', stringToHex(' UTF-8 '), '0xc0af', stringToHex(' '), '0xeda080'])

/** Every known permission twice, then 266 values no OCN node knows: 300 values on one service. */
const MANY_PERMISSIONS = [
  ...Array.from({ length: 17 }, (_, i) => BigInt(i)),
  ...Array.from({ length: 17 }, (_, i) => BigInt(16 - i)),
  ...Array.from({ length: 266 }, (_, i) => BigInt(17 + i * 7919)),
]

/**
 * Keys name the records in HostileSummary. The bidi spoof is "Smart Payment" written backwards after a
 * right-to-left override, which is never closed (so it also flips whatever the UI renders after it), with
 * zero-width characters in between: it displays like the demo's Smart Payment service.
 */
export const HOSTILE_PROVIDERS = {
  scriptTag: {
    countryCode: 'ZZ',
    partyId: 'XSS',
    node: 1,
    services: [{ name: '<script>window.__pwned=1</script>', url: 'javascript:alert(document.cookie)', permissions: [0n] }],
  },
  imgOnerror: {
    countryCode: 'ZZ',
    partyId: 'IMG',
    node: 2,
    services: [
      {
        name: '<img src=x onerror="window.__pwned=1">',
        url: 'data:text/html,<script>window.__pwned=1</script>',
        permissions: [8n],
      },
    ],
  },
  longText: {
    countryCode: 'ZZ',
    partyId: 'LNG',
    node: 1,
    services: [
      {
        name: repeatTo('Certified Roaming Billing and Invoicing for Charge Point Operators and eMSPs. ', 10_000),
        url: LONG_URL_BASE + repeatTo('tariff=DE-AC-22KW&', 3_000 - LONG_URL_BASE.length),
        permissions: [7n, 8n],
      },
    ],
  },
  bidiSpoof: {
    countryCode: 'ZZ',
    partyId: 'RTL',
    node: 'hostile',
    services: [{ name: '\u202Etnemy\u200BaP\u200D tram\uFEFFS', url: 'https://evil.example/pay', permissions: [0n] }],
  },
  unknownPermissions: {
    countryCode: 'ZZ',
    partyId: 'PRM',
    node: 2,
    services: [{ name: 'Future Permissions Analytics', url: 'https://future.example/ocn', permissions: [17n, 2n ** 256n - 1n, 8n] }],
  },
  duplicate: {
    countryCode: 'ZZ',
    partyId: 'DUP',
    node: 1,
    services: [
      { name: 'Session Insights (first listing)', url: 'https://insights.example/v1', permissions: [5n] },
      { name: 'Session Insights', url: 'https://insights.example/v2', permissions: [5n, 6n] },
    ],
  },
  deletedParty: {
    countryCode: 'ZZ',
    partyId: 'DEL',
    node: 2,
    services: [{ name: 'Orphaned Tariff Feed', url: 'https://orphan.example/tariffs', permissions: [9n] }],
    deletePartyAfterwards: true,
  },
  hugeName: {
    countryCode: 'ZZ',
    partyId: 'BIG',
    node: 1,
    services: [{ name: HUGE_NAME, url: 'https://huge.example/', permissions: [8n] }],
  },
  hugeUrl: {
    countryCode: 'ZZ',
    partyId: 'URL',
    node: 2,
    services: [{ name: 'Oversized Download Portal', url: HUGE_URL, permissions: [7n] }],
  },
  lineBreaks: {
    countryCode: 'ZZ',
    partyId: 'CRL',
    node: 1,
    services: [{ name: LINE_BREAKS_NAME, url: 'https://linebreak.example/cdrs\r\nSet-Cookie: session=stolen', permissions: [5n, 8n] }],
  },
  controlCharacters: {
    countryCode: 'ZZ',
    partyId: 'CTL',
    node: 2,
    services: [{ name: CONTROL_CHARACTERS_NAME, url: 'https://control\u0000chars.example/\u202Egpj.exe', permissions: [9n] }],
  },
  invalidUtf8: {
    countryCode: 'ZZ',
    partyId: 'UTF',
    node: 1,
    services: [{ name: hexToString(INVALID_UTF8_NAME), nameBytes: INVALID_UTF8_NAME, url: 'https://utf8.example/', permissions: [3n] }],
  },
  blankName: {
    countryCode: 'ZZ',
    partyId: 'NIL',
    node: 2,
    services: [{ name: ' \u00a0\u3000\t\u2003 ', url: '', permissions: [4n] }],
  },
  /** Smart Payment in Cyrillic letters, by DE*M5P (a 5 for the S of DE*MSP), at a raw Unicode (IDN) host. */
  lookalikeName: {
    countryCode: 'DE',
    partyId: 'M5P',
    node: 1,
    services: [{ name: `Sm${CYRILLIC_A}rt P${CYRILLIC_A}ym${CYRILLIC_E}nt`, url: `https://sm${CYRILLIC_A}rt-p${CYRILLIC_A}yment.example/pay`, permissions: [0n] }],
  },
  /** The demo's billing service name, word for word, by de*msp (lower case) at the same host in punycode. */
  reusedName: {
    countryCode: 'de',
    partyId: 'msp',
    node: 2,
    services: [{ name: 'Roaming Billing & Invoicing', url: 'https://xn--smrt-pyment-zije.example/invoices', permissions: [8n] }],
  },
  /** Lower-case l for I and the other way round, by Nl*CPX (an l for the L of NL*CPX). */
  confusableCase: {
    countryCode: 'Nl',
    partyId: 'CPX',
    node: 1,
    services: [{ name: 'Roaming BiIling & lnvoicing', url: 'https://billing.example/', permissions: [8n] }],
  },
  /** A user:pass@ URL whose user name looks like the host it is not. */
  userinfoUrl: {
    countryCode: 'ZZ',
    partyId: 'USR',
    node: 2,
    services: [{ name: 'Smart Payment Login', url: 'https://smart-payment.example:secret@evil.example/login', permissions: [11n] }],
  },
  /**
   * 300 permission values on one service, from a provider on a node of its own whose domain is 30,000
   * characters long; it also agrees to the other hostile services (HOSTILE_AGREEMENTS), so a wallet connected
   * as it sees hostile data on its identity, provider and agreements pages.
   */
  manyPermissions: {
    countryCode: 'ZZ',
    partyId: 'ALL',
    node: 'own',
    services: [{ name: 'Everything Analytics\r\nwith 300 permissions', url: 'https://everything.example/', permissions: MANY_PERMISSIONS }],
  },
} as const satisfies Record<string, HostileProvider>

/** A listing whose raw credentials are not text: the Registry only checks that they are non-zero. */
export const UNPRINTABLE_PARTY = { countryCode: '0x0a0b', partyId: '0x00ff01', node: 2, roles: [ROLE.CPO] } as const

export type HostileProviderKey = keyof typeof HOSTILE_PROVIDERS

/** The one hostile party that agrees to services, and the hostile services it agrees to. */
export const HOSTILE_AGREEMENTS = {
  user: 'manyPermissions',
  providers: ['hugeName', 'hugeUrl', 'lineBreaks', 'controlCharacters', 'lookalikeName', 'userinfoUrl', 'manyPermissions'],
} as const satisfies { user: HostileProviderKey; providers: readonly HostileProviderKey[] }

export type HostileSummary = {
  /** The provider (and party) address of each record of HOSTILE_PROVIDERS. */
  providers: Record<HostileProviderKey, Address>
  /** The operator of the node listed with HOSTILE_NODE_DOMAIN. */
  nodeOperator: Address
  unprintableParty: Address
}

/** Deterministic across runs, and with a known key should a test need to sign as the actor. */
function actorAddress(label: string): Address {
  return privateKeyToAccount(keccak256(toHex(`ocn-marketplace hostile ${label}`))).address
}

/** Where the hostile records live; the same on every chain, whether seeded or not. */
export function hostileSummary(): HostileSummary {
  const keys = Object.keys(HOSTILE_PROVIDERS) as HostileProviderKey[]
  return {
    providers: Object.fromEntries(keys.map((key) => [key, actorAddress(key)])) as Record<HostileProviderKey, Address>,
    nodeOperator: actorAddress('node'),
    unprintableParty: actorAddress('unprintable'),
  }
}
