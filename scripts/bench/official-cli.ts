// The official `ocn-registry` CLI (Share & Charge, 2020), as an operator would run it: `ocn-registry
// list-services`, pointed at a chain through its --network-file override (provider host/port and contract
// addresses), in its own Node process each time.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LOCAL_PERMISSIONS, LOCAL_REGISTRY } from '../../lib/chain/networks'
import { runCaptured } from './processes'

const CLI_BUDGET_MS = 15 * 60_000

function cliBin(): string {
  const require = createRequire(import.meta.url)
  const manifest = require.resolve('@shareandcharge/ocn-registry/package.json')
  const { bin } = require(manifest) as { bin: Record<string, string> }
  return join(manifest, '..', bin['ocn-registry'])
}

/** The CLI's network file: its `local` preset (port 8544, its own addresses) overridden with ours. */
export function networkFile(rpcUrl: string): string {
  const url = new URL(rpcUrl)
  const dir = mkdtempSync(join(tmpdir(), 'ocn-bench-cli-'))
  const file = join(dir, 'network.json')
  writeFileSync(
    file,
    JSON.stringify({
      provider: { protocol: url.protocol.replace(':', ''), host: url.hostname, port: Number(url.port) },
      contracts: { Registry: { address: LOCAL_REGISTRY }, Permissions: { address: LOCAL_PERMISSIONS } },
    }),
  )
  return file
}

/** The CLI prints "connecting to ..." and then the services as a JSON array. */
export function countListed(stdout: string): number {
  const start = stdout.search(/^\[/m)
  if (start === -1) throw new Error(`no JSON list in the CLI's output: ${stdout.slice(0, 200)}`)
  const list = JSON.parse(stdout.slice(start)) as unknown
  if (!Array.isArray(list)) throw new Error('the CLI printed something other than a list')
  return list.length
}

export type CliRun = { ms: number; listed: number }

export async function listServicesWithCli(networkFilePath: string): Promise<CliRun> {
  const run = await runCaptured([cliBin(), 'list-services', '--network', 'local', '--network-file', networkFilePath], process.env, CLI_BUDGET_MS)
  if (run.timedOut) throw new Error(`the CLI took over ${CLI_BUDGET_MS / 60_000} min`)
  if (run.code !== 0) throw new Error(`the CLI exited with code ${run.code}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`)
  return { ms: run.ms, listed: countListed(run.stdout) }
}
