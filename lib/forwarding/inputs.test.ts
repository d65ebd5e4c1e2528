import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { testReadContext } from '../devnet/test-context'
import { readParty } from '../ocn/reads'
import { SnapshotCache } from '../reads/snapshot-cache'
import { readForwardInputs } from './inputs'
import { type ForwardRequest, previewForwarding } from './preview'
import { forwardInputsView } from './server'

const at = (account: number) => anvilAddress(account)
const { CH_CPA, DE_CPO, NL_CPX, DE_MSP, DE_BIL, NL_LOC, GB_SCS, DE_TRF, AT_CO2, FRESH } = DEMO_ACCOUNT

const sessionsPush: ForwardRequest = { module: 'sessions', iface: 'receiver', method: 'PUT' }
const cdrsPush: ForwardRequest = { module: 'cdrs', iface: 'receiver', method: 'POST' }

async function browserInputs(account: number) {
  const inputs = await readForwardInputs(testReadContext(), at(account))
  if (!inputs) throw new Error(`account ${account} is not a listed party`)
  return inputs
}

const verdicts = (preview: ReturnType<typeof previewForwarding>) => preview.outcomes.map((o) => [o.provider, o.verdict, o.copies] as [Address, string, number])

describe('forwarding previews of the demo network, read from the chain', () => {
  it('keeps what the node reads and the app elsewhere drops: the revoked entry and the repeat', async () => {
    const cpo = await browserInputs(DE_CPO)
    expect(cpo.agreementList).toEqual([at(NL_LOC), at(GB_SCS), at(GB_SCS)])
    expect(cpo.active).toEqual([at(NL_LOC), at(GB_SCS)])
    const cpx = await browserInputs(NL_CPX)
    expect(cpx.agreementList).toEqual([at(GB_SCS)])
    expect(cpx.active).toEqual([])
  })

  it('DE*CPO pushing a session: the smart-charging service twice (agreed, revoked, agreed again), the location service not at all', async () => {
    expect(verdicts(previewForwarding(await browserInputs(DE_CPO), sessionsPush))).toEqual([
      [at(NL_LOC), 'no-match', 0],
      [at(GB_SCS), 'copy', 2],
    ])
  })

  it('NL*CPX revoked its agreement, and its node still sends the copy', async () => {
    expect(verdicts(previewForwarding(await browserInputs(NL_CPX), sessionsPush))).toEqual([[at(GB_SCS), 'copy-revoked', 1]])
  })

  it('CH*CPA pushing a CDR: billing gets it, the withdrawn CO2 service does not', async () => {
    expect(verdicts(previewForwarding(await browserInputs(CH_CPA), cdrsPush))).toEqual([
      [at(DE_BIL), 'copy', 1],
      [at(AT_CO2), 'withdrawn', 0],
    ])
  })

  it('DE*MSP pushing a CDR: billing only; pulling tariffs: the tariff monitor only', async () => {
    const msp = await browserInputs(DE_MSP)
    expect(previewForwarding(msp, cdrsPush).outcomes.filter((o) => o.copies > 0).map((o) => o.provider)).toEqual([at(DE_BIL)])
    const pull = previewForwarding(msp, { module: 'tariffs', iface: 'sender', method: 'GET' })
    expect(pull.outcomes.filter((o) => o.copies > 0).map((o) => o.provider)).toEqual([at(DE_TRF)])
  })

  it('an account with no listing has no preview', async () => {
    expect(await readForwardInputs(testReadContext(), at(FRESH))).toBeNull()
  })

  it('the server snapshot gives the same inputs as the browser read, for every party', async () => {
    const snapshot = await new SnapshotCache(testReadContext(), { ttlMs: 60_000 }).snapshot()
    const accounts = [CH_CPA, DE_CPO, NL_CPX, DE_MSP, DE_BIL, GB_SCS]
    const parties = await Promise.all(accounts.map(async (account) => (await readParty(testReadContext(), at(account)))!))
    expect(await forwardInputsView(snapshot, parties)).toEqual(await Promise.all(accounts.map(browserInputs)))
  })
})
