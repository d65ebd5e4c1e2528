import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { catalogView, partyPageView, registryView, servicePageView, summaryView } from '../ocn/pieces'
import { DE_MSP, BILLING, PAYMENT, AFTER, sendAs, agree, countedCache, setServiceName, mine, refusingLogs, agreeingTo } from './snapshot-cache-testkit'
import { anvilChain, revertChainAfterEach } from '../devnet/test-anvil'

describe('the shared server read cache', () => {
  revertChainAfterEach()
  describe('across blocks that touch neither contract', () => {
    /** Every page's pieces read once, then what one head check after the TTL costs and whether it reads any piece. */
    async function warmThenCheck(ttl: ReturnType<typeof countedCache>, between: () => Promise<unknown>) {
      const everyPage = async () => {
        const s = await ttl.cache.snapshot()
        return Promise.all([catalogView(s), servicePageView(s, BILLING), partyPageView(s, 'DE-MSP'), registryView(s), summaryView(s)])
      }
      const before = await everyPage()
      await between()
      ttl.advance(5_000)
      const sent = ttl.methods().length
      const requests = ttl.requests()
      const snapshot = await ttl.cache.snapshot()
      const after = await everyPage()
      return {
        before,
        after,
        head: (await snapshot.head).hash,
        requests: ttl.requests() - requests,
        methods: ttl.methods().slice(sent),
      }
    }
    const HEAD_CHECK = ['eth_getBlockByNumber', 'eth_getLogs', 'eth_getBlockByNumber']

    it('keeps every piece when blocks are mined or ETH moves: one request per TTL, no eth_call', async () => {
      const ttl = countedCache(5_000)
      const mined = await warmThenCheck(ttl, async () => {
        await mine(3n)
        await sendAs(DE_MSP, anvilAddress(DEMO_ACCOUNT.FRESH))
      })
      expect(mined.methods).toEqual(HEAD_CHECK)
      expect(mined.requests).toBe(1)
      expect(mined.after).toEqual(mined.before)
      // Keyed to the new head, so the next check asks from there.
      expect(mined.head).toBe((await anvilChain().getBlock()).hash)

      // Block after block, each check stays one request that reads no piece.
      for (let i = 0; i < 3; i++) {
        const again = await warmThenCheck(ttl, () => mine(1n))
        expect(again.methods).toEqual(HEAD_CHECK)
        expect(again.after).toEqual(mined.before)
      }
      // And a view within the TTL costs nothing at all.
      const sent = ttl.requests()
      await catalogView(await ttl.cache.snapshot())
      expect(ttl.requests()).toBe(sent)
    })

    it('reads again after a contract write, whichever contract and function', async () => {
      const renamed = await warmThenCheck(countedCache(5_000), () => setServiceName(BILLING, 'Billing, renamed'))
      expect(renamed.methods.slice(0, 3)).toEqual(HEAD_CHECK)
      expect(renamed.methods).toContain('eth_call')
      expect(renamed.after[0].services.map((s) => s.name)).toContain('Billing, renamed')
      expect(renamed.after[1]?.service.name).toBe('Billing, renamed')

      const ttl = countedCache(5_000)
      const agreed = await warmThenCheck(ttl, async () => {
        await agree(DE_MSP, PAYMENT)
        // Empty blocks after the write do not hide it: the logs are asked from the head the cache holds.
        await mine(2n)
      })
      expect(agreed.methods.slice(0, 3)).toEqual(HEAD_CHECK)
      expect(agreed.methods).toContain('eth_call')
      expect(await agreeingTo(ttl.cache, PAYMENT)).toEqual(AFTER)
    })

    it('rebuilds when the block it holds was reverted, even at a higher number and without an event after it', async () => {
      const ttl = countedCache(5_000)
      const view = async () => {
        ttl.advance(5_000)
        return agreeingTo(ttl.cache, PAYMENT)
      }
      const reverted = await warmThenCheck(ttl, async () => {
        const id = await anvilChain().snapshot()
        await agree(DE_MSP, PAYMENT)
        // The cache now holds the block of that agreement.
        expect(await view()).toEqual(AFTER)
        expect(await view()).toEqual(AFTER)
        await anvilChain().revert({ id })
        // Another write at the same number, then an empty block: the range after the held block has no log.
        await agree(anvilAddress(DEMO_ACCOUNT.CH_CPA), PAYMENT)
        await mine(1n)
      })
      expect(reverted.methods.slice(0, 3)).toEqual(HEAD_CHECK)
      expect(reverted.methods).toContain('eth_call')
      expect(await agreeingTo(ttl.cache, PAYMENT)).toEqual(['CH*CPA', 'CH*CPB', 'FR*MSP'])
    })

    it('rebuilds when the RPC refuses the log query', async () => {
      const refused = await warmThenCheck(countedCache(5_000, refusingLogs), () => mine(2n))
      expect(refused.methods.slice(0, 3)).toEqual(HEAD_CHECK)
      expect(refused.methods).toContain('eth_call')
      expect(refused.after).toEqual(refused.before)
      expect(refused.after[0].services).not.toBe(refused.before[0].services)

      // The same blocks, on an RPC that answers logs: the very same objects.
      const answered = await warmThenCheck(countedCache(5_000), () => mine(2n))
      expect(answered.after[0].services).toBe(answered.before[0].services)
    })

    it('looks back through a bounded number of blocks, and rebuilds past it', async () => {
      // Mining the default 2,000 blocks takes anvil seconds: the bound is the same code at any size.
      const ttl = countedCache(5_000, undefined, 20n)
      const within = await warmThenCheck(ttl, () => mine(20n))
      expect(within.methods).toEqual(HEAD_CHECK)
      const beyond = await warmThenCheck(ttl, () => mine(21n))
      expect(beyond.methods).toContain('eth_call')
      expect(beyond.after).toEqual(within.after)
    })
  })
})
