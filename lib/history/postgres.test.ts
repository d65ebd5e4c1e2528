// The indexer against a real PostgreSQL (Debian's server, started here on a loopback port): the deployment path
// where several app instances share one history. It must serve the same timeline as the embedded PGlite, keep
// indexing live, and a `ponder serve` replica (API only, no indexing) must read the same from the database.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeFunctionData, type Hex } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { LOCAL_PERMISSIONS } from '../chain/networks'
import { anvilAddress } from '../devnet/accounts'
import { demoServices } from '../devnet/demo-manifests'
import { DEMO_ACCOUNT } from '../devnet/demo-network'
import { type RunningPostgres, startPostgres } from '../devnet/postgres'
import { INDEXER_ROOT, runIndexer, waitForIndexedBlock } from '../devnet/run-indexer'
import { anvilChain, sendFrom } from '../devnet/test-anvil'
import { permissionsAbi } from '../ocn/abi'
import { PERMISSION } from '../ocn/catalog'
import { getHistoryJson, historyPaths } from './client'
import type { ActivityPage, AgreementPage } from './types'

const PG_PORT = Number(process.env.OCN_TEST_PG_PORT ?? 8554)
const INDEXER_PORT = Number(process.env.OCN_TEST_INDEXER_PORT ?? 8553)
const CATCH_UP_MS = 120_000

const user = anvilAddress(DEMO_ACCOUNT.DE_MSP)
const provider = anvilAddress(DEMO_ACCOUNT.DE_TRF)
const service = (await demoServices()).find((s) => s.provider === DEMO_ACCOUNT.DE_TRF)!
const ADDED = PERMISSION.FORWARD_MODULE_SESSIONS_SENDER

const agreement = (functionName: 'createAgreement' | 'revokeAgreement') =>
  sendFrom({ from: user, to: LOCAL_PERMISSIONS, data: encodeFunctionData({ abi: permissionsAbi, functionName, args: [provider] }) })

type Answers = { serviceActivity: ActivityPage; serviceAgreements: AgreementPage; partyActivity: ActivityPage; partyAgreements: AgreementPage }

/** The four timelines the pages read, each route as the app's reader asks it. */
async function readTimelines(base: string): Promise<Answers> {
  const read = async <T>(path: string): Promise<T> => {
    const answer = await getHistoryJson<T>(base, path)
    if (answer === null) throw new Error(`${base}${path} did not answer JSON`)
    return answer
  }
  return {
    serviceActivity: await read(historyPaths.serviceActivity(provider)),
    serviceAgreements: await read(historyPaths.serviceAgreements(provider)),
    partyActivity: await read(historyPaths.partyActivity(user)),
    partyAgreements: await read(historyPaths.partyAgreements(user)),
  }
}

/** `ponder serve`: Ponder's HTTP API on a database another process indexed into, without indexing itself. */
async function serveReplica(databaseUrl: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const bin = join(INDEXER_ROOT, '..', 'node_modules', 'ponder', 'dist', 'esm', 'bin', 'ponder.js')
  const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--root', INDEXER_ROOT, '--schema', 'ocn', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, OCN_NETWORK: 'local', OCN_RPC_URL: inject('chainUrl'), PONDER_TELEMETRY_DISABLED: 'true', PONDER_LOG_LEVEL: 'warn', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  child.stderr?.on('data', (data: Buffer) => (log = (log + data.toString()).slice(-4_000)))
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`ponder serve exited with code ${child.exitCode}: ${log}`)
    if ((await getHistoryJson(url, historyPaths.status())) !== null) return { url, stop }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stop()
  throw new Error(`ponder serve did not answer on ${url} within 60 s: ${log}`)
}

describe('the indexer on PostgreSQL', () => {
  let postgres: RunningPostgres | undefined
  let snapshot: Hex
  const dirs: string[] = []
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocn-indexer-test-'))
    dirs.push(dir)
    return dir
  }

  beforeAll(async () => {
    snapshot = await anvilChain().snapshot()
    postgres = await startPostgres(PG_PORT)
  })

  afterAll(async () => {
    await postgres?.stop()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
    // Other test files share the chain and expect the pristine demo seed.
    await anvilChain().revert({ id: snapshot })
  })

  it('indexes agreements and service edits, live ones too, into the same timeline PGlite serves; a replica reads it', { timeout: 6 * 60_000 }, async () => {
    const chain = anvilChain()
    // The seed has DE*MSP agreed to DE*TRF: revoke, agree again, then the provider adds a permission.
    await agreement('revokeAgreement')
    await agreement('createAgreement')
    const edit = encodeFunctionData({ abi: permissionsAbi, functionName: 'setService', args: [service.name, service.url, [...service.permissions, ADDED]] })
    await sendFrom({ from: provider, to: LOCAL_PERMISSIONS, data: edit })

    const onPostgres = await runIndexer({ port: INDEXER_PORT, rpcUrl: inject('chainUrl'), dir: tempDir(), databaseUrl: postgres!.url, env: { OCN_NETWORK: 'local' } })
    let fromPostgres: Answers
    let live: Hex
    try {
      await waitForIndexedBlock(onPostgres.url, await chain.getBlockNumber(), CATCH_UP_MS)
      // Live: a revoke after the backfill reaches PostgreSQL too.
      live = await agreement('revokeAgreement')
      const { blockNumber } = await chain.getTransactionReceipt({ hash: live })
      await waitForIndexedBlock(onPostgres.url, blockNumber, 30_000)
      fromPostgres = await readTimelines(onPostgres.url)
    } finally {
      await onPostgres.stop()
    }

    const newest = fromPostgres.serviceActivity.items.slice(0, 4)
    expect(newest.map((item) => item.kind)).toEqual(['agreement-revoked', 'service-changed', 'agreement-created', 'agreement-revoked'])
    expect(newest[0].tx).toBe(live)
    expect(newest.filter((item) => item.kind !== 'service-changed').map((item) => item.subject?.toLowerCase())).toEqual(Array(3).fill(user.toLowerCase()))
    expect(newest[1].details.permissions).toEqual({ added: [String(ADDED)], removed: [] })

    // Periods, newest first: the one agreed in this test (revoked live), then the seed's (revoked first).
    const periods = fromPostgres.partyAgreements.items.filter((period) => period.provider.toLowerCase() === provider.toLowerCase())
    expect(periods).toHaveLength(2)
    expect(periods[0].revoked?.tx).toBe(live)
    expect(periods[0].agreed.permissions).toEqual(service.permissions.map(String))
    expect(periods[1].revoked?.tx).toBe(newest[3].tx)
    expect(fromPostgres.serviceAgreements.items.filter((period) => period.user.toLowerCase() === user.toLowerCase())).toEqual(periods)
    expect(fromPostgres.partyActivity.items.map((item) => item.id)).toEqual(expect.arrayContaining(newest.filter((item) => item.kind !== 'service-changed').map((item) => item.id)))

    // A replica of the API on the same database, with no indexer running: what the app instances would read.
    const replica = await serveReplica(postgres!.url, INDEXER_PORT)
    try {
      expect(await readTimelines(replica.url)).toEqual(fromPostgres)
    } finally {
      await replica.stop()
    }

    // The same chain indexed into PGlite, the default of `npm start`: the same answers, ids and times included.
    const onPglite = await runIndexer({ port: INDEXER_PORT, rpcUrl: inject('chainUrl'), dir: tempDir(), env: { OCN_NETWORK: 'local' } })
    try {
      await waitForIndexedBlock(onPglite.url, await chain.getBlockNumber(), CATCH_UP_MS)
      expect(await readTimelines(onPglite.url)).toEqual(fromPostgres)
    } finally {
      await onPglite.stop()
    }
  })
})
