import ocnDefinitions from '@shareandcharge/ocn-registry/contract.defs.local.json' with { type: 'json' }
import {
  type Address,
  createTestClient,
  createWalletClient,
  encodeDeployData,
  getAddress,
  type Hex,
  http,
  publicActions,
  stringToHex,
} from 'viem'
import { chainOf } from '../chain/client'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY, MULTICALL3_ADDRESS, NETWORKS } from '../chain/networks'
import { permissionsAbi, registryAbi } from '../ocn/abi'
import { encodeCountryCode, encodePartyId } from '../ocn/codecs'
import { anvilAddress } from './accounts'
import { DEFAULT_DEMO_ORIGIN, demoServices } from './demo-manifests'
import { DEMO_NODES, DEMO_PARTIES, DEMO_STEPS, DEPLOYER_ACCOUNT } from './demo-network'
import { multicall3CreationCode } from './multicall3'

export const registryCreationCode = ocnDefinitions.Registry.bytecode as Hex
export const permissionsCreationCode = ocnDefinitions.Permissions.bytecode as Hex

/** The deployer's transactions: Registry, Permissions, then this marker once the whole seed is on chain. */
const SEED_COMPLETE_NONCE = 3
const SEED_COMPLETE_MARKER = stringToHex('ocn-marketplace demo seed complete')

export type LocalNetworkState = 'ready' | 'empty' | 'partial' | 'foreign'

function devClient(url: string) {
  const chain = chainOf({ ...NETWORKS.local, rpcUrl: url })
  return createTestClient({ chain, mode: 'anvil', transport: http(url), pollingInterval: 20 })
    .extend(publicActions)
    .extend((client) => ({ wallet: createWalletClient({ chain, transport: http(url) }), base: client }))
}

type DevClient = ReturnType<typeof devClient>

/** Sends from an unlocked anvil account (anvil signs for its own accounts). */
async function send(client: DevClient, from: number, hash: Promise<Hex>): Promise<void> {
  const receipt = await client.waitForTransactionReceipt({ hash: await hash })
  if (receipt.status !== 'success') throw new Error(`Seed transaction from account #${from} reverted.`)
}

async function deployCode(client: DevClient, data: Hex): Promise<Address> {
  const account = anvilAddress(DEPLOYER_ACCOUNT)
  const hash = await client.wallet.sendTransaction({ account, data, chain: client.chain })
  const receipt = await client.waitForTransactionReceipt({ hash })
  if (receipt.status !== 'success' || !receipt.contractAddress) throw new Error('Contract deployment failed.')
  return getAddress(receipt.contractAddress)
}

export async function localNetworkState(url: string): Promise<LocalNetworkState> {
  const client = devClient(url)
  if ((await client.getChainId()) !== NETWORKS.local.chainId) return 'foreign'
  const [registryCode, permissionsCode, nonce] = await Promise.all([
    client.getCode({ address: LOCAL_REGISTRY }),
    client.getCode({ address: LOCAL_PERMISSIONS }),
    client.getTransactionCount({ address: anvilAddress(DEPLOYER_ACCOUNT) }),
  ])
  if (!registryCode && !permissionsCode && nonce === 0) return 'empty'
  if (registryCode && permissionsCode && nonce >= SEED_COMPLETE_NONCE) return 'ready'
  return nonce === 0 ? 'foreign' : 'partial'
}

/** Deploys the published OCN bytecode (Registry, then Permissions bound to it) and installs Multicall3. */
export async function deployContracts(url: string): Promise<{ registry: Address; permissions: Address }> {
  const client = devClient(url)
  const registry = await deployCode(client, registryCreationCode)
  const permissions = await deployCode(
    client,
    encodeDeployData({ abi: permissionsAbi, bytecode: permissionsCreationCode, args: [registry] }),
  )
  if (registry !== LOCAL_REGISTRY || permissions !== LOCAL_PERMISSIONS) {
    throw new Error(`Contracts landed at ${registry} and ${permissions}, not at the documented addresses.`)
  }
  const multicall3Runtime = await client.call({ data: multicall3CreationCode })
  if (!multicall3Runtime.data) throw new Error('Multicall3 creation code returned no runtime code.')
  await client.setCode({ address: MULTICALL3_ADDRESS, bytecode: multicall3Runtime.data })
  return { registry, permissions }
}

export type LocalNetworkOptions = {
  /** The origin the app is served on: the seeded services' URLs point at the demo manifests it serves. */
  demoOrigin?: string
}

/** Writes the demo network of lib/devnet/demo-network.ts, then the completion marker. */
export async function seedDemoNetwork(url: string, { demoOrigin = DEFAULT_DEMO_ORIGIN }: LocalNetworkOptions = {}): Promise<void> {
  const client = devClient(url)
  const { wallet, chain } = client
  const registry = { address: LOCAL_REGISTRY, abi: registryAbi, chain } as const
  const permissions = { address: LOCAL_PERMISSIONS, abi: permissionsAbi, chain } as const
  const as = (index: number) => ({ account: anvilAddress(index) })

  for (const node of DEMO_NODES) {
    await send(client, node.account, wallet.writeContract({ ...registry, ...as(node.account), functionName: 'setNode', args: [node.domain] }))
  }
  for (const party of DEMO_PARTIES) {
    const args = [encodeCountryCode(party.countryCode), encodePartyId(party.partyId), party.roles, anvilAddress(party.node)] as const
    await send(client, party.account, wallet.writeContract({ ...registry, ...as(party.account), functionName: 'setParty', args }))
    await send(
      client,
      party.account,
      wallet.writeContract({
        ...registry,
        ...as(party.account),
        functionName: 'setPartyModules',
        args: [party.modulesSender, party.modulesReceiver],
      }),
    )
  }
  for (const service of await demoServices(demoOrigin)) {
    const args = [service.name, service.url, service.permissions] as const
    await send(client, service.provider, wallet.writeContract({ ...permissions, ...as(service.provider), functionName: 'setService', args }))
  }
  for (const step of DEMO_STEPS) {
    if (step.kind === 'deleteService') {
      await send(client, step.provider, wallet.writeContract({ ...permissions, ...as(step.provider), functionName: 'deleteService' }))
    } else {
      const functionName = step.kind === 'agree' ? 'createAgreement' : 'revokeAgreement'
      const args = [anvilAddress(step.provider)] as const
      await send(client, step.user, wallet.writeContract({ ...permissions, ...as(step.user), functionName, args }))
    }
  }
  const deployer = anvilAddress(DEPLOYER_ACCOUNT)
  await send(client, DEPLOYER_ACCOUNT, wallet.sendTransaction({ account: deployer, to: deployer, data: SEED_COMPLETE_MARKER, chain }))
}

/** Brings a chain at `url` to a fully seeded local OCN network, or says why it cannot. */
export async function prepareLocalNetwork(url: string, options: LocalNetworkOptions = {}): Promise<'created' | 'reused'> {
  const state = await localNetworkState(url)
  if (state === 'ready') return 'reused'
  if (state === 'foreign') {
    throw new Error(`The chain at ${url} is not a local OCN network (other chain id or other transactions). Stop it or use another port.`)
  }
  if (state === 'partial') {
    throw new Error(`The chain at ${url} holds a half-seeded OCN network. Stop it and run again to start from scratch.`)
  }
  await deployContracts(url)
  await seedDemoNetwork(url, options)
  return 'created'
}
