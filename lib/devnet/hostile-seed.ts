/**
 * Seeds the hostile records of hostile.ts onto a local OCN network: every write as the contracts take it, some
 * with raw bytes the app's own encoders would refuse.
 */
import { type Address, concatHex, createTestClient, createWalletClient, encodeAbiParameters, type Hex, http, parseEther, publicActions, stringToHex, toFunctionSelector } from 'viem'
import { chainOf } from '../chain/client'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY, NETWORKS } from '../chain/networks'
import { permissionsAbi, registryAbi } from '../ocn/abi'
import { ROLE } from '../ocn/catalog'
import { anvilAddress } from './accounts'
import {
  HOSTILE_AGREEMENTS,
  HOSTILE_NODE_DOMAIN,
  HOSTILE_OWN_NODE_DOMAIN,
  HOSTILE_PROVIDERS,
  type HostileProvider,
  type HostileProviderKey,
  type HostileService,
  type HostileSummary,
  hostileSummary,
  type NodeChoice,
  UNPRINTABLE_PARTY,
} from './hostile'
import { localNetworkState } from './local-network'

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

/** Credentials as the bytes the chain holds: the app's encoders would refuse the lookalikes in lower case. */
function rawCredentials(record: HostileProvider): readonly [Hex, Hex] {
  return [stringToHex(record.countryCode, { size: 2 }), stringToHex(record.partyId, { size: 3 })]
}

/** The ABI encodes `string` and `bytes` alike, which lets a service name carry bytes that are not UTF-8. */
const SET_SERVICE_SELECTOR = toFunctionSelector('setService(string,string,uint256[])')
const SET_SERVICE_WITH_BYTES = [{ type: 'bytes' }, { type: 'string' }, { type: 'uint256[]' }] as const

function setService(client: HostileClient, provider: Address, service: HostileService): Promise<Hex> {
  const { wallet, chain } = client
  if (service.nameBytes) {
    const data = concatHex([SET_SERVICE_SELECTOR, encodeAbiParameters(SET_SERVICE_WITH_BYTES, [service.nameBytes, service.url, service.permissions])])
    return wallet.sendTransaction({ chain, account: provider, to: LOCAL_PERMISSIONS, data })
  }
  const args = [service.name, service.url, service.permissions] as const
  return wallet.writeContract({ ...permissions, chain, account: provider, functionName: 'setService', args })
}

async function publishProvider(client: HostileClient, provider: Address, record: HostileProvider, node: Address) {
  const { wallet, chain } = client
  if (record.node === 'own') {
    const args = [HOSTILE_OWN_NODE_DOMAIN] as const
    await send(client, `setNode ${provider}`, wallet.writeContract({ ...registry, chain, account: provider, functionName: 'setNode', args }))
  }
  await listParty(client, provider, rawCredentials(record), [ROLE.OTHER], node)
  for (const [i, service] of record.services.entries()) {
    if (i > 0) {
      await send(client, `deleteService ${provider}`, wallet.writeContract({ ...permissions, chain, account: provider, functionName: 'deleteService' }))
    }
    await send(client, `setService ${provider}`, setService(client, provider, service))
  }
  if (record.deletePartyAfterwards) {
    await send(client, `deleteParty ${provider}`, wallet.writeContract({ ...registry, chain, account: provider, functionName: 'deleteParty' }))
  }
}

async function agree(client: HostileClient, user: Address, provider: Address) {
  const { wallet, chain } = client
  const args = [provider] as const
  await send(client, `createAgreement ${user} ${provider}`, wallet.writeContract({ ...permissions, chain, account: user, functionName: 'createAgreement', args }))
}

/** anvil signs for impersonated accounts; the balance pays for the huge values (about 28M gas each). */
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
  const nodeOf = (node: NodeChoice, provider: Address) =>
    node === 'hostile' ? summary.nodeOperator : node === 'own' ? provider : anvilAddress(node)
  const actors = [summary.nodeOperator, summary.unprintableParty, ...Object.values(summary.providers)]

  await withActors(client, actors, async () => {
    const { wallet, chain } = client
    const operator = summary.nodeOperator
    await send(client, 'setNode', wallet.writeContract({ ...registry, chain, account: operator, functionName: 'setNode', args: [HOSTILE_NODE_DOMAIN] }))
    const { countryCode, partyId, roles, node } = UNPRINTABLE_PARTY
    await listParty(client, summary.unprintableParty, [countryCode, partyId], roles, anvilAddress(node))
    for (const [key, record] of Object.entries(HOSTILE_PROVIDERS) as [HostileProviderKey, HostileProvider][]) {
      const provider = summary.providers[key]
      await publishProvider(client, provider, record, nodeOf(record.node, provider))
    }
    for (const key of HOSTILE_AGREEMENTS.providers) {
      await agree(client, summary.providers[HOSTILE_AGREEMENTS.user], summary.providers[key])
    }
  })
  return summary
}
