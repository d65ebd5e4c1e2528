import { type Address, encodeFunctionData, type Hex } from 'viem'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { anvilChain, sendFrom } from '../devnet/test-anvil'
import { countingFetch, testReadContext } from '../devnet/test-context'
import { permissionsAbi } from '../ocn/abi'
import { servicePageView } from '../ocn/pieces'
import { SnapshotCache } from './snapshot-cache'
import { createWriteConfirmations } from './write-confirmation'

/** What the snapshot cache's test files share: the seeded actors, a counted cache, writes from unlocked accounts. */
export const DE_MSP = anvilAddress(DEMO_ACCOUNT.DE_MSP)
export const BILLING = anvilAddress(DEMO_ACCOUNT.DE_BIL)
export const SMART_CHARGING = anvilAddress(DEMO_ACCOUNT.GB_SCS)
export const PAYMENT = anvilAddress(DEMO_ACCOUNT.CH_PAY)
export const BEFORE = ['CH*CPB', 'FR*MSP']
export const AFTER = ['CH*CPB', 'DE*MSP', 'FR*MSP']
export const LONG_TTL = 60_000


/** A transaction from one of anvil's accounts, mined at once, required to succeed; a plain transfer without data. */
export const sendAs = (from: Address, to: Address, data: Hex = '0x') => sendFrom({ from, to, data })

export const agree = (user: Address, provider: Address) =>
  sendAs(user, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'createAgreement', args: [provider] }))

/** A cache on the test chain whose HTTP requests are counted, on a clock the test moves. */
export function countedCache(ttlMs: number, fetchFn?: typeof fetch, carryOverBlocks?: bigint) {
  const counter = countingFetch(fetchFn)
  const ctx = testReadContext({ fetchFn: counter.fetchFn })
  let time = 0
  const cache = new SnapshotCache(ctx, { ttlMs, now: () => time, carryOverBlocks })
  return {
    cache,
    ctx,
    requests: counter.count,
    methods: counter.methods,
    advance: (ms: number) => (time += ms),
    confirmWrite: createWriteConfirmations(ctx, () => cache.invalidate()),
  }
}

export const setServiceName = (provider: Address, name: string) =>
  sendAs(provider, LOCAL_PERMISSIONS, encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: [name, 'https://example.org', [8n]] }))

export const mine = (blocks: bigint) => anvilChain().mine({ blocks: Number(blocks) })

/** A fetch that forwards to the chain but makes it refuse eth_getLogs, as an RPC without logs would. */
export const refusingLogs: typeof fetch = (input, init) =>
  fetch(input, typeof init?.body === 'string' ? { ...init, body: init.body.replaceAll('"eth_getLogs"', '"eth_getLogsRefused"') } : init)

export const agreeingTo = async (cache: SnapshotCache, provider: Address) =>
  (await servicePageView(await cache.snapshot(), provider))?.agreeing.map((p) => `${p.countryCode}*${p.partyId}`)
