import { BaseError, ContractFunctionRevertedError, UserRejectedRequestError } from 'viem'
import { simulateContract } from 'viem/actions'
import { describe, expect, it } from 'vitest'
import { createOcnClient } from '../chain/client'
import { NETWORKS } from '../chain/networks'
import { deT, enT } from '../i18n/testing'
import { permissionsAbi } from './abi'
import { isUserRejection } from './errors'
import { describeWriteError, revertReasonOf } from './write-errors'

function revert(reason: string) {
  const cause = new ContractFunctionRevertedError({ abi: permissionsAbi, functionName: 'createAgreement', message: reason })
  Object.assign(cause, { reason })
  return new BaseError('Execution reverted.', { cause })
}

describe('write errors', () => {
  it('treats a wallet rejection as quiet, however deep it is wrapped', () => {
    const rejection = new BaseError('Request failed', { cause: new UserRejectedRequestError(new Error('User rejected the request.')) })
    expect(isUserRejection(rejection)).toBe(true)
    expect(isUserRejection({ code: 4001 })).toBe(true)
    expect(describeWriteError(rejection, enT)).toEqual({ kind: 'rejected' })
  })

  it("explains the contract's revert reason", () => {
    const error = revert('Provider has no registered Service.')
    expect(revertReasonOf(error)).toBe('Provider has no registered Service.')
    expect(describeWriteError(error, enT)).toEqual({
      kind: 'reverted',
      reason: 'Provider has no registered Service.',
      message: 'The provider has withdrawn this service, so it cannot be agreed to or revoked right now.',
    })
  })

  it('keeps an unknown reason visible', () => {
    expect(describeWriteError(revert('Something new'), enT)).toMatchObject({ kind: 'reverted', message: 'The contract refused: Something new' })
    expect(describeWriteError(revert('Something new'), deT)).toMatchObject({ kind: 'reverted', message: 'Der Vertrag hat abgelehnt: Something new' })
  })

  it('explains other failures without a stack trace', () => {
    expect(describeWriteError(new Error('insufficient funds for gas * price + value'), enT)).toMatchObject({ message: expect.stringContaining('not enough funds') })
    expect(describeWriteError(new Error('weird'), enT)).toEqual({ kind: 'failed', message: 'The transaction could not be sent. Nothing was changed on chain; try again.' })
  })

  it('says the RPC failed when the simulation before signing cannot reach it, distinct from a revert or a rejection', async () => {
    const dead = createOcnClient({ ...NETWORKS.local, rpcUrl: 'http://127.0.0.1:9/' })
    const error = await simulateContract(dead, {
      address: NETWORKS.local.permissions,
      abi: permissionsAbi,
      functionName: 'createAgreement',
      args: [NETWORKS.local.registry],
      account: NETWORKS.local.registry,
    }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(describeWriteError(error, enT)).toEqual({
      kind: 'rpc',
      message: "The network's RPC did not answer. It may be down or unreachable from here. The transaction was not sent, so nothing changed on chain.",
    })
  })
})
