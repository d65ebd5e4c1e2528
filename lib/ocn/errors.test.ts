import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { testReadContext } from '../devnet/test-context'
import { describeReadError } from './errors'
import { readSummary } from './reads'
import { DEMO_ACCOUNT } from '../devnet/demo-network'

describe('read errors', () => {
  it('says no OCN contract is deployed where the configured address holds no code', async () => {
    // An address on the seeded chain that holds no code: a deployment configured with the wrong Registry.
    const empty = { ...testReadContext({ multicall3: false }), registry: anvilAddress(DEMO_ACCOUNT.FRESH) }
    const error = await readSummary(empty).then(() => null, (e: unknown) => e)
    expect(describeReadError(error)).toBe('The configured Registry or Permissions address holds no OCN contract on this network.')
  })
})
