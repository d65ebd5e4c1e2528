import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { testReadContext } from '../devnet/test-context'
import { deT, enT } from '../i18n/testing'
import { describeReadError } from './errors'
import { readSummary } from './reads'
import { DEMO_ACCOUNT } from '../devnet/demo-network'

describe('read errors', () => {
  it('says no OCN contract is deployed where the configured address holds no code', async () => {
    // An address on the seeded chain that holds no code: a deployment configured with the wrong Registry.
    const empty = { ...testReadContext({ multicall3: false }), registry: anvilAddress(DEMO_ACCOUNT.FRESH) }
    const error = await readSummary(empty).then(() => null, (e: unknown) => e)
    expect(describeReadError(error, enT)).toBe('The configured Registry or Permissions address holds no OCN contract on this network.')
    expect(describeReadError(error, deT)).toBe('An der eingestellten Registry- oder Permissions-Adresse liegt in diesem Netzwerk kein OCN-Vertrag.')
  })
})
