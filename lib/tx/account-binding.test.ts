import { enT } from '../i18n/testing'
import { ConnectorAccountNotFoundError } from 'wagmi'
import { describe, expect, it } from 'vitest'
import { anvilAddress } from '../devnet/accounts'
import { describeWriteError } from '../ocn/write-errors'
import { accountSwitchProblem } from './account-binding'

const REVIEWED = anvilAddress(7)
const OTHER = anvilAddress(3)

describe('a write bound to the reviewed account', () => {
  it('goes ahead only while the wallet still holds that account, whatever its spelling', () => {
    expect(accountSwitchProblem(REVIEWED, REVIEWED, enT)).toBeNull()
    expect(accountSwitchProblem(REVIEWED, REVIEWED.toLowerCase() as typeof REVIEWED, enT)).toBeNull()
  })

  it('is refused, saying which accounts, when the wallet switched or disconnected', () => {
    expect(accountSwitchProblem(REVIEWED, OTHER, enT)).toBe(
      'Your wallet switched to another account (0x90F7…b906) than the one you reviewed this with (0x14dC…9955). ' +
        'Nothing was signed: review it again with the account you mean to use.',
    )
    expect(accountSwitchProblem(REVIEWED, undefined, enT)).toMatch(/^Your wallet disconnected before signing\. Nothing was signed/)
  })

  it("explains wagmi's refusal to sign for an account the wallet no longer holds", () => {
    const error = new ConnectorAccountNotFoundError({ address: REVIEWED, connector: { id: 'x', name: 'Test Wallet', uid: 'u' } as never })
    expect(describeWriteError(error, enT)).toEqual({
      kind: 'failed',
      message: 'Your wallet no longer holds the account you reviewed this with. Nothing was signed: review it again.',
    })
  })
})
