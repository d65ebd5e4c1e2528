/**
 * Hostile records for the local OCN network, added on demand over the demo seed. The contracts check little
 * more than a Registry listing and one permission (ocn-spec §6), so anyone can publish markup, script URLs,
 * bidi spoofs, oversized text and unknown permissions on the real chains: the UI is tested against them here.
 * The actors are fresh addresses, never anvil's default accounts, which belong to the demo seed.
 */
import {
  type Address,
  createTestClient,
  createWalletClient,
  type Hex,
  http,
  keccak256,
  parseEther,
  publicActions,
  toHex,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { chainOf } from '../chain/client'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY, NETWORKS } from '../chain/networks'
import { permissionsAbi, registryAbi } from '../ocn/abi'
import { encodeCountryCode, encodePartyId } from '../ocn/codecs'
import { anvilAddress } from './accounts'
import { localNetworkState } from './local-network'

// Role indices (lib/ocn/catalog.ts)
const CPO = 0, OTHER = 5

/** 1 and 2 are the demo nodes (anvil accounts 1 and 2); 'hostile' is the node listed with HOSTILE_NODE_DOMAIN. */
type NodeChoice = 1 | 2 | 'hostile'

export type HostileService = { name: string; url: string; permissions: readonly bigint[] }

export type HostileProvider = {
  /** OCPI credentials under ZZ, a user-assigned ISO code, so they never clash with the demo parties. */
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
} as const satisfies Record<string, HostileProvider>

/** A listing whose raw credentials are not text: the Registry only checks that they are non-zero. */
export const UNPRINTABLE_PARTY = { countryCode: '0x0a0b', partyId: '0x00ff01', node: 2, roles: [CPO] } as const

export type HostileProviderKey = keyof typeof HOSTILE_PROVIDERS

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

function hostileClient(url: string) {
  const chain = chainOf({ ...NETWORKS.local, rpcUrl: url })
  return createTestClient({ chain, mode: 'anvil', transport: http(url), pollingInterval: 20 })
    .extend(publicActions)
    .extend(() => ({ wallet: createWalletClient({ chain, transport: http(url) }) }))
}

type HostileClient = ReturnType<typeof hostileClient>

const registry = { address: LOCAL_REGISTRY, abi: registryAbi } as const
const permissions = { address: LOCAL_PERMISSIONS, abi: permissionsAbi } as const

async function send(client: HostileClient, what: string, hash: Promise<Hex>): Promise<void> {
  const receipt = await client.waitForTransactionReceipt({ hash: await hash })
  if (receipt.status !== 'success') throw new Error(`Hostile seed transaction reverted: ${what}.`)
}

function listParty(client: HostileClient, party: Address, credentials: readonly [Hex, Hex], roles: readonly number[], node: Address) {
  const { wallet, chain } = client
  const args = [...credentials, roles, node] as const
  return send(client, `setParty ${party}`, wallet.writeContract({ ...registry, chain, account: party, functionName: 'setParty', args }))
}

async function publishProvider(client: HostileClient, provider: Address, record: HostileProvider, node: Address) {
  const { wallet, chain } = client
  const credentials = [encodeCountryCode(record.countryCode), encodePartyId(record.partyId)] as const
  await listParty(client, provider, credentials, [OTHER], node)
  for (const [i, service] of record.services.entries()) {
    if (i > 0) {
      await send(client, `deleteService ${provider}`, wallet.writeContract({ ...permissions, chain, account: provider, functionName: 'deleteService' }))
    }
    const args = [service.name, service.url, service.permissions] as const
    await send(client, `setService ${provider}`, wallet.writeContract({ ...permissions, chain, account: provider, functionName: 'setService', args }))
  }
  if (record.deletePartyAfterwards) {
    await send(client, `deleteParty ${provider}`, wallet.writeContract({ ...registry, chain, account: provider, functionName: 'deleteParty' }))
  }
}

/** anvil signs for impersonated accounts; the balance pays for the long service (about 9M gas). */
async function withActors(client: HostileClient, actors: readonly Address[], act: () => Promise<void>): Promise<void> {
  await Promise.all(
    actors.map(async (address) => {
      await client.setBalance({ address, value: parseEther('100') })
      await client.impersonateAccount({ address })
    }),
  )
  try {
    await act()
  } finally {
    await Promise.all(actors.map((address) => client.stopImpersonatingAccount({ address })))
  }
}

/**
 * Adds the hostile records to the seeded local OCN network at `url`. Refuses a chain that is not one, and a
 * second run: the node's domain stays reserved on chain, so it cannot be listed twice.
 */
export async function seedHostileData(url: string): Promise<HostileSummary> {
  if ((await localNetworkState(url)) !== 'ready') {
    throw new Error(`The chain at ${url} is not a seeded local OCN network. Start one with npm run chain.`)
  }
  const client = hostileClient(url)
  const summary = hostileSummary()
  if (await client.readContract({ ...registry, functionName: 'getNode', args: [summary.nodeOperator] })) {
    throw new Error(`The chain at ${url} already holds the hostile records.`)
  }
  const nodeOf = (node: NodeChoice) => (node === 'hostile' ? summary.nodeOperator : anvilAddress(node))
  const actors = [summary.nodeOperator, summary.unprintableParty, ...Object.values(summary.providers)]

  await withActors(client, actors, async () => {
    const { wallet, chain } = client
    const operator = summary.nodeOperator
    await send(client, 'setNode', wallet.writeContract({ ...registry, chain, account: operator, functionName: 'setNode', args: [HOSTILE_NODE_DOMAIN] }))
    const { countryCode, partyId, roles, node } = UNPRINTABLE_PARTY
    await listParty(client, summary.unprintableParty, [countryCode, partyId], roles, nodeOf(node))
    for (const [key, record] of Object.entries(HOSTILE_PROVIDERS) as [HostileProviderKey, HostileProvider][]) {
      await publishProvider(client, summary.providers[key], record, nodeOf(record.node))
    }
  })
  return summary
}
