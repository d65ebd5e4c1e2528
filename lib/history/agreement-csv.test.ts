import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeFunctionData, type Hex } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { type RunningIndexer, runIndexer, waitForIndexedBlock } from '../devnet/run-indexer'
import { anvilChain, sendFrom } from '../devnet/test-anvil'
import { permissionsAbi } from '../ocn/abi'
import { PERMISSION } from '../ocn/catalog'
import { agreementChange } from './agreement-changes'
import { readAllPeriods } from './all-periods'
import { historyPaths } from './client'
import { AGREEMENT_CSV_COLUMNS, agreementsCsv, currentNames } from './csv'
import { splitPeriods } from './periods'
import type { AgreementPeriod } from './types'

/**
 * The real indexer on the test chain, read as /agreements and the CSV export read it: a party agrees (in the
 * seed), its provider adds a permission, the party revokes and agrees again. The periods, the flag's diff and the
 * CSV rows must say exactly that.
 */

const PORT = Number(process.env.OCN_TEST_INDEXER_PORT ?? 8553)
const USER = anvilAddress(DEMO_ACCOUNT.DE_MSP)
const PROVIDER = anvilAddress(DEMO_ACCOUNT.DE_TRF)
const { FORWARD_MODULE_SESSIONS_RECEIVER: SESSIONS_RECEIVER } = PERMISSION

const call = (functionName: 'createAgreement' | 'revokeAgreement') =>
  sendFrom({ from: USER, to: LOCAL_PERMISSIONS, data: encodeFunctionData({ abi: permissionsAbi, functionName, args: [PROVIDER] }) })

let indexer: RunningIndexer
let snapshot: Hex
let dir: string
let seeded: readonly bigint[]
let edited: bigint[]
const txs: Record<string, Hex> = {}

beforeAll(async () => {
  const chain = anvilChain()
  snapshot = await chain.snapshot()
  dir = mkdtempSync(join(tmpdir(), 'ocn-agreement-csv-test-'))
  indexer = await runIndexer({ port: PORT, rpcUrl: inject('chainUrl'), dir })

  const [, , name, url, permissions] = await chain.readContract({ address: LOCAL_PERMISSIONS, abi: permissionsAbi, functionName: 'getService', args: [PROVIDER] })
  seeded = permissions
  edited = [...permissions, SESSIONS_RECEIVER]
  txs.edit = await sendFrom({ from: PROVIDER, to: LOCAL_PERMISSIONS, data: encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: [name, url, edited] }) })
  txs.revoke = await call('revokeAgreement')
  txs.again = await call('createAgreement')
  await waitForIndexedBlock(indexer.url, await chain.getBlockNumber(), 60_000)
}, 120_000)

afterAll(async () => {
  await indexer?.stop()
  if (snapshot) await anvilChain().revert({ id: snapshot })
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const ofProvider = (periods: AgreementPeriod[]) => periods.filter((p) => p.provider.toLowerCase() === PROVIDER.toLowerCase())

describe('a party that agreed, saw its provider add a permission, revoked and agreed again', () => {
  it('has two periods with that provider: the revoked one with the permissions first agreed, the active one with the new', async () => {
    const read = await readAllPeriods(indexer.url, (before, limit) => historyPaths.partyAgreements(USER, before, limit))
    if (!read.ok) throw new Error(`history not read: ${read.reason}`)
    const [active, revoked] = ofProvider(read.periods)
    expect(active.revoked).toBeNull()
    expect(active.agreed.tx).toBe(txs.again)
    expect(active.agreed.permissions).toEqual(edited.map(String))
    expect(revoked.revoked?.tx).toBe(txs.revoke)
    expect(revoked.agreed.permissions).toEqual(seeded.map(String))

    const { active: byProvider, past } = splitPeriods(read.periods)
    expect(byProvider.get(PROVIDER.toLowerCase())?.id).toBe(active.id)
    expect(past.map((p) => p.id)).toEqual([revoked.id])
    // Agreed again after the edit: nothing to flag. The first agreement, had it stayed, would show the addition.
    expect(agreementChange(active.agreed.permissions, edited)).toEqual({ kind: 'unchanged' })
    const change = agreementChange(revoked.agreed.permissions, edited)
    expect(change.kind === 'changed' && change.added.map((p) => p.value)).toEqual([SESSIONS_RECEIVER])
  })

  it('is the same history in the provider subscriber export, and the CSV rows say it', async () => {
    const read = await readAllPeriods(indexer.url, (before, limit) => historyPaths.serviceAgreements(PROVIDER, before, limit))
    if (!read.ok) throw new Error(`history not read: ${read.reason}`)
    const mine = read.periods.filter((p) => p.user.toLowerCase() === USER.toLowerCase())
    expect(mine).toHaveLength(2)
    const lines = agreementsCsv(mine, currentNames([], [])).split('\r\n')
    expect(lines[0]).toBe(AGREEMENT_CSV_COLUMNS.join(','))
    const status = AGREEMENT_CSV_COLUMNS.indexOf('status')
    const agreedTx = AGREEMENT_CSV_COLUMNS.indexOf('agreed_tx')
    const revokedTx = AGREEMENT_CSV_COLUMNS.indexOf('revoked_tx')
    const values = AGREEMENT_CSV_COLUMNS.indexOf('permission_values_at_agreement')
    const rows = lines.slice(1, 3).map((line) => line.split(','))
    expect(rows.map((r) => [r[status], r[agreedTx] === txs.again, r[revokedTx]])).toEqual([
      ['active', true, ''],
      ['revoked', false, txs.revoke],
    ])
    expect(rows[0][values]).toBe(edited.join('; '))
    expect(lines.at(-1)).toBe('')
  })
})
