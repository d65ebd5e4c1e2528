import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { devAccountProvider } from './dev-connector'
import { DEMO_ACCOUNT } from '../devnet/demo-network'

/** A chain that accepts the connection and never answers, on a port of this test's own. */
const SILENT_PORT = Number(process.env.OCN_TEST_SILENT_PORT ?? 8643)
let silent: Server

beforeAll(async () => {
  silent = createServer(() => {})
  await new Promise<void>((resolve) => silent.listen(SILENT_PORT, '127.0.0.1', resolve))
})
afterAll(async () => {
  silent.closeAllConnections()
  await new Promise((resolve) => silent.close(resolve))
})

describe('the dev-account wallet', () => {
  it('forwards requests to the local chain', async () => {
    const provider = devAccountProvider(anvilAddress(DEMO_ACCOUNT.DE_MSP), inject('chainUrl'), 31337)
    expect(await provider.request({ method: 'eth_accounts' })).toEqual([anvilAddress(DEMO_ACCOUNT.DE_MSP)])
    expect(await provider.request({ method: 'eth_getBalance', params: [anvilAddress(DEMO_ACCOUNT.DE_MSP), 'latest'] })).toMatch(/^0x[0-9a-f]+$/)
  })

  it('gives up on a chain that never answers, with an error that says so', async () => {
    const provider = devAccountProvider(anvilAddress(DEMO_ACCOUNT.DE_MSP), `http://127.0.0.1:${SILENT_PORT}`, 31337, 300)
    const started = Date.now()
    await expect(provider.request({ method: 'eth_sendTransaction', params: [] })).rejects.toThrow(
      'The local chain did not answer eth_sendTransaction within 0.3 s: the request timed out.',
    )
    expect(Date.now() - started).toBeLessThan(3_000)
  })
})
