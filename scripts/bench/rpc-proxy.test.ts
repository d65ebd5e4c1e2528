import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { TEST_LISTENER_PORT } from '../../lib/devnet/test-listener'
import { type RpcProxy, startRpcProxy } from './rpc-proxy'

let proxy: RpcProxy

beforeAll(async () => {
  proxy = await startRpcProxy(inject('chainUrl'), TEST_LISTENER_PORT)
})
afterAll(() => proxy.stop())

const CALL = { method: 'eth_call', params: [{ to: '0x5FbDB2315678afecb367f032d93F642f64180aa3', data: '0x' }, 'latest'] }

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(proxy.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  return { response, json: (await response.json()) as unknown }
}

describe('the counting proxy in front of anvil', () => {
  it('forwards to the chain and counts requests, round trips and eth_calls by sender', async () => {
    proxy.reset()
    const { json } = await post({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] })
    expect(json).toMatchObject({ result: '0x7a69' })
    // Held back long enough that both are surely in flight together: one round trip.
    proxy.setLatency(100)
    await Promise.all([
      post([{ jsonrpc: '2.0', id: 1, ...CALL }, { jsonrpc: '2.0', id: 2, ...CALL }]),
      post({ jsonrpc: '2.0', id: 3, ...CALL }),
    ])
    proxy.setLatency(0)
    const { response } = await post({ jsonrpc: '2.0', id: 4, ...CALL }, { origin: 'http://127.0.0.1:3221' })
    // anvil's CORS answer has to reach the page through the proxy.
    expect(response.headers.get('access-control-allow-origin')).toBeTruthy()

    const traffic = proxy.traffic()
    expect(traffic.server).toEqual({ requests: 3, roundTrips: 2, ethCalls: 3 })
    expect(traffic.browser).toEqual({ requests: 1, roundTrips: 1, ethCalls: 1 })
    proxy.reset()
    expect(proxy.traffic().server.requests).toBe(0)
  })

  it('adds the latency it is set to, to each request, and none once set back', async () => {
    const time = async () => {
      const started = performance.now()
      await post({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] })
      return performance.now() - started
    }
    // A whole second apart, so a busy machine cannot blur the two.
    proxy.setLatency(1_000)
    expect(await time()).toBeGreaterThanOrEqual(995)
    proxy.setLatency(0)
    expect(await time()).toBeLessThan(995)
  })
})
