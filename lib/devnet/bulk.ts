/**
 * Bulk seeding for load tests and the benchmark: many extra listed parties, each publishing a service, on an
 * already-seeded local chain. Sending one transaction at a time with automine costs a block and a receipt poll
 * each; here every phase goes out as JSON-RPC batches into a few large blocks.
 */
import { type Address, createPublicClient, encodeFunctionData, getAddress, type Hex, http, keccak256, numberToHex, slice, stringToHex } from 'viem'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../chain/networks'
import { permissionsAbi, registryAbi } from '../ocn/abi'
import { PERMISSION, ROLE } from '../ocn/catalog'
import { encodeCountryCode, encodePartyId } from '../ocn/codecs'
import { anvilAddress } from './accounts'
import type { Party, Service } from '../ocn/reads'
import { DEMO_ACCOUNT } from './demo-network'

/** A listed node of the demo seed; bulk parties need a registered operator. */
const BULK_NODE_OPERATOR = anvilAddress(DEMO_ACCOUNT.NODE_1)

/**
 * An explicit gas limit spares anvil an estimate per transaction. setParty uses about 210k gas and setService
 * up to about 340k with these names and URLs (each further 32 bytes of name or URL adds about 22k). anvil fills
 * a block by gas limit, so 400k leaves room and still fits 75 transactions in each block of its default 30M.
 */
const GAS_PER_TX = 400_000n
export const BLOCK_GAS_LIMIT = 30_000_000n
const TXS_PER_BLOCK = Number(BLOCK_GAS_LIMIT / GAS_PER_TX)
const BALANCE = numberToHex(10n ** 21n)

const PARTY_IDS_PER_COUNTRY = 36 ** 3

const { NSP, OTHER, SCSP } = ROLE
const P = PERMISSION

const BRANDS = ['Voltbill', 'Nordlicht', 'Ampera', 'Greenway', 'Fjordcharge', 'Alpenstrom', 'Solis', 'Kilowatt', 'Polder', 'Riviera', 'Baltic', 'Danube', 'Highland', 'Lumen', 'Metropol', 'Iberia']

const OFFERS = [
  { kind: 'Roaming Billing', slug: 'billing', role: OTHER, permissions: [P.FORWARD_MODULE_CDRS_RECEIVER] },
  { kind: 'CDR Analytics', slug: 'cdr', role: OTHER, permissions: [P.FORWARD_MODULE_CDRS_SENDER, P.FORWARD_MODULE_CDRS_RECEIVER] },
  { kind: 'Smart Payment', slug: 'pay', role: OTHER, permissions: [P.FORWARD_ALL] },
  { kind: 'Location Data Enrichment', slug: 'locations', role: NSP, permissions: [P.FORWARD_MODULE_LOCATIONS_SENDER, P.FORWARD_MODULE_LOCATIONS_RECEIVER] },
  { kind: 'Grid-Aware Smart Charging', slug: 'scsp', role: SCSP, permissions: [P.FORWARD_MODULE_SESSIONS_SENDER, P.FORWARD_MODULE_SESSIONS_RECEIVER, P.FORWARD_MODULE_CHARGINGPROFILES_SENDER, P.FORWARD_MODULE_CHARGINGPROFILES_RECEIVER] },
  { kind: 'Tariff Transparency Monitor', slug: 'tariffs', role: OTHER, permissions: [P.FORWARD_MODULE_TARIFFS_SENDER, P.FORWARD_MODULE_TARIFFS_RECEIVER] },
  { kind: 'Token Fraud Detection', slug: 'fraud', role: OTHER, permissions: [P.FORWARD_MODULE_TOKENS_SENDER, P.FORWARD_MODULE_TOKENS_RECEIVER, P.FORWARD_MODULE_CDRS_RECEIVER] },
  { kind: 'Session Insights', slug: 'sessions', role: OTHER, permissions: [P.FORWARD_MODULE_SESSIONS_SENDER, P.FORWARD_MODULE_SESSIONS_RECEIVER] },
  { kind: 'Remote Command Audit', slug: 'commands', role: OTHER, permissions: [P.FORWARD_MODULE_COMMANDS_SENDER, P.FORWARD_MODULE_COMMANDS_RECEIVER] },
  { kind: 'Roaming Clearing House', slug: 'clearing', role: OTHER, permissions: [P.FORWARD_ALL_SENDER] },
]

export type BulkParty = {
  address: Address
  countryCode: string
  partyId: string
  role: number
  service: { name: string; url: string; permissions: bigint[] }
}

/** Deterministic, keyless and far from anvil's accounts 0-19: impersonation is what lets them send. */
export function bulkAddress(index: number): Address {
  return getAddress(slice(keccak256(stringToHex(`ocn-marketplace bulk party ${index}`)), 12))
}

/** ZZ*000, ZZ*001 ... ZZ*ZZZ, then ZY*000: no real country starts with Z, so no clash with the demo parties. */
export function bulkCredentials(index: number): { countryCode: string; partyId: string } {
  const country = Math.floor(index / PARTY_IDS_PER_COUNTRY)
  if (country >= 26) throw new RangeError(`Bulk party index ${index} is beyond the ${26 * PARTY_IDS_PER_COUNTRY} available credentials.`)
  return {
    countryCode: `Z${String.fromCharCode(90 - country)}`,
    partyId: (index % PARTY_IDS_PER_COUNTRY).toString(36).toUpperCase().padStart(3, '0'),
  }
}

export function bulkParty(index: number): BulkParty {
  const brand = BRANDS[index % BRANDS.length]
  const offer = OFFERS[Math.floor(index / BRANDS.length) % OFFERS.length]
  const credentials = bulkCredentials(index)
  return {
    address: bulkAddress(index),
    ...credentials,
    role: offer.role,
    service: {
      name: `${brand} ${offer.kind}`,
      url: `https://${offer.slug}.${brand.toLowerCase()}.example/ocn/${credentials.countryCode.toLowerCase()}-${credentials.partyId.toLowerCase()}`,
      permissions: offer.permissions,
    },
  }
}

export type RpcRequest = { method: string; params: unknown[] }
type RpcResponse = { id: number; result?: unknown; error?: { message: string } }

/**
 * anvil refuses a JSON-RPC body over a few MiB (10,000 parties' receipts or impersonations are more), so large
 * batches go out in chunks, one after another.
 */
const CALLS_PER_REQUEST = 2_000

/** Many JSON-RPC calls in few HTTP requests; results in request order, and any error fails the lot. */
export async function rpcBatch(url: string, requests: readonly RpcRequest[]): Promise<unknown[]> {
  const results: unknown[] = []
  for (let i = 0; i < requests.length; i += CALLS_PER_REQUEST) results.push(...(await rpcChunk(url, requests.slice(i, i + CALLS_PER_REQUEST))))
  return results
}

async function rpcChunk(url: string, requests: readonly RpcRequest[]): Promise<unknown[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(requests.map((request, id) => ({ jsonrpc: '2.0', id, ...request }))),
  })
  if (!response.ok) throw new Error(`JSON-RPC batch to ${url} failed: HTTP ${response.status}.`)
  const answers = (await response.json()) as RpcResponse[]
  const byId = new Map(answers.map((answer) => [answer.id, answer]))
  return requests.map((request, id) => {
    const answer = byId.get(id)
    if (!answer || answer.error) throw new Error(`${request.method} failed: ${answer?.error?.message ?? 'no answer'}.`)
    return answer.result
  })
}

/** One JSON-RPC call to a local chain, failing with the node's message. */
export async function rpc(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  return (await rpcBatch(url, [{ method, params }]))[0]
}

export function sendTransaction(from: Address, to: Address, data: Hex, gas = GAS_PER_TX): RpcRequest {
  return { method: 'eth_sendTransaction', params: [{ from, to, data, gas: numberToHex(gas) }] }
}

function setPartyTx(party: BulkParty): RpcRequest {
  const data = encodeFunctionData({
    abi: registryAbi,
    functionName: 'setParty',
    args: [encodeCountryCode(party.countryCode), encodePartyId(party.partyId), [party.role], BULK_NODE_OPERATOR],
  })
  return sendTransaction(party.address, LOCAL_REGISTRY, data)
}

function setServiceTx(party: BulkParty): RpcRequest {
  const { name, url, permissions } = party.service
  const data = encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: [name, url, permissions] })
  return sendTransaction(party.address, LOCAL_PERMISSIONS, data)
}

/**
 * Sends the transactions a block at a time and mines each block, so none waits in the pool for a later one;
 * then checks every receipt, since a revert in a batch is otherwise silent.
 */
export async function mineAll(url: string, transactions: readonly RpcRequest[], perBlock = TXS_PER_BLOCK): Promise<void> {
  const hashes: string[] = []
  for (let i = 0; i < transactions.length; i += perBlock) {
    hashes.push(...((await rpcBatch(url, transactions.slice(i, i + perBlock))) as string[]))
    await rpc(url, 'evm_mine')
  }
  const receipts = (await rpcBatch(url, hashes.map((hash) => ({ method: 'eth_getTransactionReceipt', params: [hash] })))) as
    ({ status: Hex } | null)[]
  const failed = receipts.findIndex((receipt) => receipt?.status !== '0x1')
  if (failed !== -1) {
    throw new Error(`Bulk transaction ${hashes[failed]} ${receipts[failed] ? 'reverted' : 'was not mined'}.`)
  }
}

async function listedPartyCount(url: string): Promise<number> {
  const client = createPublicClient({ transport: http(url) })
  return (await client.readContract({ address: LOCAL_REGISTRY, abi: registryAbi, functionName: 'getParties' })).length
}

/** `serviceUrl`: the URL a bulk party's service publishes instead of its made-up one (the manifests bench hosts them). */
export type BulkSeedOptions = { serviceUrl?: (index: number) => string }

/**
 * Adds `count` listed parties with one service each (node operator: the demo's first node) and returns their
 * addresses. Indices start at the length of the append-only getParties(), so repeated calls on one chain never
 * reuse an address or credentials. Automine is off while seeding and restored afterwards.
 */
export async function seedBulkServices(url: string, count: number, options: BulkSeedOptions = {}): Promise<Address[]> {
  const start = await listedPartyCount(url)
  const parties = Array.from({ length: count }, (_, i) => {
    const party = bulkParty(start + i)
    return options.serviceUrl ? { ...party, service: { ...party.service, url: options.serviceUrl(start + i) } } : party
  })
  await rpcBatch(url, parties.flatMap((party) => [
    { method: 'anvil_impersonateAccount', params: [party.address] },
    { method: 'anvil_setBalance', params: [party.address, BALANCE] },
  ]))
  const automine = (await rpc(url, 'anvil_getAutomine')) as boolean
  await rpc(url, 'evm_setAutomine', [false])
  try {
    await mineAll(url, parties.map(setPartyTx))
    await mineAll(url, parties.map(setServiceTx))
  } finally {
    await rpc(url, 'evm_setAutomine', [automine])
  }
  return parties.map((party) => party.address)
}

/**
 * A bulk service as readServices returns it once seeded, without reading the chain (for tests over catalogs of any
 * size); `party` changes what its listing holds.
 */
export function bulkServiceAsRead(index: number, party: Partial<Party> = {}): Service {
  const bulk = bulkParty(index)
  return {
    provider: bulk.address,
    ...bulk.service,
    party: {
      address: bulk.address,
      countryCode: bulk.countryCode,
      partyId: bulk.partyId,
      roles: [bulk.role],
      modulesSender: [],
      modulesReceiver: [],
      operator: bulk.address,
      nodeDomain: 'http://localhost:8080',
      ...party,
    },
  }
}
